package com.opensylo.webhook.persistence;

import com.opensylo.webhook.domain.WebhookEndpoint;
import com.opensylo.webhook.domain.WebhookEndpointRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** {@link WebhookEndpointRepository} on JPA. */
@ApplicationScoped
public class JpaWebhookEndpointRepository implements WebhookEndpointRepository {

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public void add(WebhookEndpoint endpoint) {
    em.persist(endpoint);
  }

  @Override
  public Optional<WebhookEndpoint> findByMarketplace(UUID marketplaceId) {
    return Optional.ofNullable(em.find(WebhookEndpoint.class, marketplaceId));
  }

  @Override
  public Optional<WebhookEndpoint> findByMarketplaceForUpdate(UUID marketplaceId) {
    return Optional.ofNullable(
        em.find(WebhookEndpoint.class, marketplaceId, LockModeType.PESSIMISTIC_WRITE));
  }
}
