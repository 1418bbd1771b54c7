package com.opensylo.marketplace.persistence;

import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.domain.MarketplaceRepository;
import com.opensylo.marketplace.domain.MarketplaceStatus;
import com.opensylo.shared.persistence.ConstraintConflicts;
import com.opensylo.shared.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link MarketplaceRepository} on JPA. */
@ApplicationScoped
public class JpaMarketplaceRepository implements MarketplaceRepository {

  private static final String FILTER = " where (:status is null or m.status = :status)";

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public void add(Marketplace marketplace) {
    em.persist(marketplace);
    ConstraintConflicts.flush(em, "uq_marketplace_platform_name");
  }

  @Override
  public Optional<Marketplace> findById(UUID id) {
    return Optional.ofNullable(em.find(Marketplace.class, id));
  }

  @Override
  public Optional<Marketplace> findByIdForUpdate(UUID id) {
    return Optional.ofNullable(em.find(Marketplace.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Marketplace> findByPlatformName(String platformName) {
    return Queries.first(
        em.createQuery("select m from Marketplace m where m.platformName = :n", Marketplace.class)
            .setParameter("n", platformName));
  }

  @Override
  public Optional<Marketplace> findByClientPk(UUID clientPk) {
    return Queries.first(
        em.createQuery("select m from Marketplace m where m.clientPk = :c", Marketplace.class)
            .setParameter("c", clientPk));
  }

  @Override
  public List<Marketplace> list(MarketplaceStatus status, int offset, int limit) {
    return em.createQuery(
            "select m from Marketplace m" + FILTER + " order by m.createdAt, m.id",
            Marketplace.class)
        .setParameter("status", status)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(MarketplaceStatus status) {
    return em.createQuery("select count(m) from Marketplace m" + FILTER, Long.class)
        .setParameter("status", status)
        .getSingleResult();
  }
}
