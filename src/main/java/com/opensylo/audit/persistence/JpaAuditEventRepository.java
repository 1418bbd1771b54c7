package com.opensylo.audit.persistence;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.domain.AuditEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** {@link AuditEventRepository} on the application's persistence unit. */
@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public void add(AuditEvent event) {
    em.persist(event);
  }

  @Override
  public List<AuditEvent> newest(String type, String targetId, String actorId, int limit) {
    return em.createQuery(
            "select e from AuditEvent e where (:type is null or e.type = :type)"
                + " and (:target is null or e.targetId = :target) and (:actor is null or e.actorId = :actor)"
                + " order by e.occurredAt desc, e.id",
            AuditEvent.class)
        .setParameter("type", type)
        .setParameter("target", targetId)
        .setParameter("actor", actorId)
        .setMaxResults(limit)
        .getResultList();
  }
}
