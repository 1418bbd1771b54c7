package com.opensylo.marketplace.persistence;

import com.opensylo.marketplace.domain.MarketplaceUser;
import com.opensylo.marketplace.domain.MarketplaceUserRepository;
import com.opensylo.shared.persistence.ConstraintConflicts;
import com.opensylo.shared.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link MarketplaceUserRepository} on JPA. */
@ApplicationScoped
public class JpaMarketplaceUserRepository implements MarketplaceUserRepository {

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public void add(MarketplaceUser user) {
    em.persist(user);
    ConstraintConflicts.flush(em, "uq_marketplace_user_email");
  }

  @Override
  public Optional<MarketplaceUser> findById(UUID id) {
    return Optional.ofNullable(em.find(MarketplaceUser.class, id));
  }

  @Override
  public Optional<MarketplaceUser> findByEmail(String normalizedEmail) {
    return Queries.first(
        em.createQuery("select u from MarketplaceUser u where u.email = :e", MarketplaceUser.class)
            .setParameter("e", normalizedEmail));
  }

  @Override
  public Optional<MarketplaceUser> findByIdForUpdate(UUID id) {
    return Optional.ofNullable(em.find(MarketplaceUser.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<MarketplaceUser> ofMarketplace(UUID marketplaceId) {
    return em.createQuery(
            "select u from MarketplaceUser u where u.marketplaceId = :m order by u.createdAt, u.email",
            MarketplaceUser.class)
        .setParameter("m", marketplaceId)
        .getResultList();
  }

  @Override
  public void remove(MarketplaceUser user) {
    em.remove(user);
  }
}
