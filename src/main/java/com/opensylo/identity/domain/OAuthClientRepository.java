package com.opensylo.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of OAuth clients and their secrets. */
public interface OAuthClientRepository {

  void add(OAuthClient client);

  Optional<OAuthClient> findByClientId(String clientId);

  Optional<OAuthClient> findById(UUID id);

  /** The clients with these primary keys (unknown keys are skipped). */
  List<OAuthClient> findAllById(Collection<UUID> ids);

  /** The client, its row locked until the transaction ends (secret changes). */
  Optional<OAuthClient> findByClientIdForUpdate(String clientId);

  /** The client by primary key, its row locked until the transaction ends. */
  Optional<OAuthClient> findByIdForUpdate(UUID id);

  /**
   * A client with its secrets, read in one query (the token endpoint authenticates on every
   * request).
   */
  record ClientAndSecrets(OAuthClient client, List<ClientSecret> secrets) {}

  Optional<ClientAndSecrets> findWithSecrets(String clientId);

  /** A page of clients filtered by owner and brand (either may be null), oldest first. */
  List<OAuthClient> list(String ownerId, String brandId, int offset, int limit);

  long count(String ownerId, String brandId);

  /**
   * Deletes the client with its secrets, grants, codes and refresh tokens; a {@code
   * ConflictException} when another row still references it.
   */
  void delete(OAuthClient client);

  void addSecret(ClientSecret secret);

  /** Secrets of a client, newest first. */
  List<ClientSecret> secretsOf(UUID clientPk);

  void deleteSecret(ClientSecret secret);

  /** Whether any enabled client allows {@code origin} (CORS preflights carry no client id). */
  boolean anyClientAllowsOrigin(String origin);
}
