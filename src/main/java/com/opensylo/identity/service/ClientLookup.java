package com.opensylo.identity.service;

import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.domain.OAuthClientRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Read-only look-ups of OAuth clients, for other features and identity's own flows. Each name says
 * which id it takes ({@code clientId}: the public {@code client_id}; {@code clientPk}: the primary
 * key other tables reference) and whether inactive clients count.
 */
@ApplicationScoped
public class ClientLookup {

  @Inject OAuthClientRepository clients;

  /** The client {@code clientId}, active or not. */
  @Transactional
  public Optional<OAuthClient> findByClientId(String clientId) {
    return clients.findByClientId(clientId);
  }

  /** The client {@code clientPk}, active or not. */
  @Transactional
  public Optional<OAuthClient> findByPk(UUID clientPk) {
    return clients.findById(clientPk);
  }

  /**
   * The client {@code clientId} if a merchant may be asked to authorize it: active (enabled and its
   * owner not suspended) and not an operator client, which has no public face and never takes part
   * in consent. Anything else is as unknown.
   */
  @Transactional
  public Optional<OAuthClient> findActiveForConsent(String clientId) {
    return clients.findByClientId(clientId).filter(c -> c.isActive() && !c.isOperator());
  }

  /** The client {@code clientPk} if it is active (enabled and its owner not suspended). */
  @Transactional
  public Optional<OAuthClient> findActiveByPk(UUID clientPk) {
    return clients.findById(clientPk).filter(OAuthClient::isActive);
  }

  /** The {@code client_id} of each of these clients, by primary key (unknown keys are left out). */
  @Transactional
  public Map<UUID, String> clientIdsByPk(Collection<UUID> clientPks) {
    return clientPks.isEmpty()
        ? Map.of()
        : clients.findAllById(clientPks).stream()
            .collect(Collectors.toMap(OAuthClient::id, OAuthClient::clientId));
  }

  /** Whether any enabled client lists {@code origin} (CORS preflights name no client). */
  @Transactional
  public boolean anyEnabledClientAllowsOrigin(String origin) {
    return clients.anyClientAllowsOrigin(origin);
  }
}
