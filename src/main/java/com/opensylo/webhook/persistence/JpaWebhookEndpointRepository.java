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
  public Optional<ActiveEndpoint> findOfActiveMarketplace(UUID marketplaceId) {
    return em
        .createQuery(
            "select e.marketplaceId, e.encryptedSecret, m.platformName"
                + " from WebhookEndpoint e, Marketplace m"
                + " where m.id = e.marketplaceId and m.id = :id and m.status = :active",
            Object[].class)
        .setParameter("id", marketplaceId)
        .setParameter("active", com.opensylo.marketplace.domain.MarketplaceStatus.ACTIVE)
        .getResultList()
        .stream()
        .findFirst()
        .map(row -> new ActiveEndpoint((UUID) row[0], (String) row[1], (String) row[2]));
  }

  @Override
  public Optional<WebhookEndpoint> findByMarketplaceForUpdate(UUID marketplaceId) {
    return Optional.ofNullable(
        em.find(WebhookEndpoint.class, marketplaceId, LockModeType.PESSIMISTIC_WRITE));
  }
}
