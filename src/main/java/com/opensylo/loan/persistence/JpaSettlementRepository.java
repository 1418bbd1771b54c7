package com.opensylo.loan.persistence;

import com.opensylo.loan.domain.Settlement;
import com.opensylo.loan.domain.SettlementAllocation;
import com.opensylo.loan.domain.SettlementRepository;
import com.opensylo.shared.persistence.ConstraintConflicts;
import com.opensylo.shared.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link SettlementRepository} on JPA. */
@ApplicationScoped
public class JpaSettlementRepository implements SettlementRepository {

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public void add(Settlement settlement, List<SettlementAllocation> allocations) {
    em.persist(settlement);
    allocations.forEach(em::persist);
    ConstraintConflicts.flush(em, "uq_settlement");
  }

  @Override
  public Optional<Settlement> findForUpdate(UUID marketplaceId, String reference) {
    return Queries.firstForUpdate(
        em.createQuery(
                "select s from Settlement s where s.marketplaceId = :m and s.reference = :ref",
                Settlement.class)
            .setParameter("m", marketplaceId)
            .setParameter("ref", reference));
  }

  @Override
  public boolean exists(UUID marketplaceId, String reference) {
    return em.createQuery(
                "select count(s) from Settlement s where s.marketplaceId = :m and s.reference = :ref",
                Long.class)
            .setParameter("m", marketplaceId)
            .setParameter("ref", reference)
            .getSingleResult()
        > 0;
  }

  @Override
  public Map<UUID, Settlement> settlementsOf(Collection<UUID> entryIds) {
    Map<UUID, Settlement> found = new HashMap<>();
    if (entryIds.isEmpty()) {
      return found;
    }
    for (Object[] row :
        em.createQuery(
                "select a.entryId, s from SettlementAllocation a, Settlement s"
                    + " where s.id = a.settlementId and a.entryId in :ids",
                Object[].class)
            .setParameter("ids", entryIds)
            .getResultList()) {
      found.put((UUID) row[0], (Settlement) row[1]);
    }
    return found;
  }
}
