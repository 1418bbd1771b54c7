package com.opensylo.loan.persistence;

import com.opensylo.loan.domain.BalanceDiscrepancy;
import com.opensylo.loan.domain.DiscrepancyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** {@link DiscrepancyRepository} on JPA. */
@ApplicationScoped
public class JpaDiscrepancyRepository implements DiscrepancyRepository {

  private static final String FILTER =
      " where (:m is null or d.marketplaceId = :m) and (:l is null or d.loanId = :l)";

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public void add(BalanceDiscrepancy discrepancy) {
    em.persist(discrepancy);
  }

  @Override
  public List<BalanceDiscrepancy> list(UUID marketplaceId, UUID loanId, int offset, int limit) {
    return em.createQuery(
            "select d from BalanceDiscrepancy d" + FILTER + " order by d.recordedAt desc, d.id",
            BalanceDiscrepancy.class)
        .setParameter("m", marketplaceId)
        .setParameter("l", loanId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(UUID marketplaceId, UUID loanId) {
    return em.createQuery("select count(d) from BalanceDiscrepancy d" + FILTER, Long.class)
        .setParameter("m", marketplaceId)
        .setParameter("l", loanId)
        .getSingleResult();
  }
}
