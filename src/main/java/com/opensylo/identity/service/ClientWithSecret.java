package com.opensylo.identity.service;

import com.opensylo.identity.domain.OAuthClient;
import java.time.Instant;

/**
 * A client with its plain secret, which exists only in this value (null for public clients), and
 * when the secret was issued.
 */
public record ClientWithSecret(OAuthClient client, String clientSecret, Instant issuedAt) {}
