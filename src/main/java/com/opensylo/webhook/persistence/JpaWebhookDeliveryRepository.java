package com.opensylo.webhook.persistence;

import com.opensylo.webhook.domain.WebhookDelivery;
import com.opensylo.webhook.domain.WebhookDeliveryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** {@link WebhookDeliveryRepository} on JPA. */
@ApplicationScoped
public class JpaWebhookDeliveryRepository implements WebhookDeliveryRepository {

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public void add(WebhookDelivery delivery) {
    em.persist(delivery);
  }

  @Override
  public List<WebhookDelivery> newest(UUID marketplaceId, int limit) {
    return em.createQuery(
            "select d from WebhookDelivery d where d.marketplaceId = :m order by d.createdAt desc, d.id",
            WebhookDelivery.class)
        .setParameter("m", marketplaceId)
        .setMaxResults(limit)
        .getResultList();
  }
}
