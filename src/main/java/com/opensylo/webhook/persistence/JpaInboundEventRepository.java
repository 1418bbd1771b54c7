package com.opensylo.webhook.persistence;

import com.opensylo.shared.persistence.ConstraintConflicts;
import com.opensylo.shared.persistence.Queries;
import com.opensylo.webhook.domain.InboundEvent;
import com.opensylo.webhook.domain.InboundEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** {@link InboundEventRepository} on JPA. */
@ApplicationScoped
public class JpaInboundEventRepository implements InboundEventRepository {

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public void add(InboundEvent event) {
    em.persist(event);
    ConstraintConflicts.flush(em, "uq_inbound_event");
  }

  @Override
  public Optional<InboundEvent> find(UUID marketplaceId, String eventId) {
    return Queries.first(
        em.createQuery(
                "select e from InboundEvent e where e.marketplaceId = :m and e.eventId = :id",
                InboundEvent.class)
            .setParameter("m", marketplaceId)
            .setParameter("id", eventId));
  }

  @Override
  public long count(UUID marketplaceId) {
    return em.createQuery(
            "select count(e) from InboundEvent e where e.marketplaceId = :m", Long.class)
        .setParameter("m", marketplaceId)
        .getSingleResult();
  }
}
