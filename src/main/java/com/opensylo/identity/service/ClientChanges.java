package com.opensylo.identity.service;

import java.util.List;

/**
 * What an admin asked to change on a client (SPEC §5 PATCH); null fields stay as they are. {@code
 * clientType}, {@code brandId} and {@code firstParty} are carried only to be refused: they can
 * never change.
 */
public record ClientChanges(
    String clientName,
    List<String> redirectUris,
    List<String> allowedScopes,
    List<String> allowedOrigins,
    String clientUri,
    String logoUri,
    Boolean enabled,
    String clientType,
    String brandId,
    Boolean firstParty) {}
