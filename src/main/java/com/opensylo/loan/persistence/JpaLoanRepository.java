package com.opensylo.loan.persistence;

import com.opensylo.loan.domain.Loan;
import com.opensylo.loan.domain.LoanRepository;
import com.opensylo.loan.domain.LoanStatus;
import com.opensylo.shared.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link LoanRepository} on JPA. */
@ApplicationScoped
public class JpaLoanRepository implements LoanRepository {

  private static final String FILTER =
      " where (:m is null or l.marketplaceId = :m) and (:s is null or l.status = :s)";

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public long nextSequence() {
    // the UPDATE takes the counter's row lock and keeps it to commit: one origination at a time
    int updated =
        em.createNativeQuery(
                "update loan_reference_counter set last_value = last_value + 1 where id = 1")
            .executeUpdate();
    if (updated != 1) {
      throw new IllegalStateException("loan_reference_counter has no row 1 (migration V009)");
    }
    Number value =
        (Number)
            em.createNativeQuery("select last_value from loan_reference_counter where id = 1")
                .getSingleResult();
    return value.longValue();
  }

  @Override
  public void add(Loan loan) {
    em.persist(loan);
    em.flush();
  }

  @Override
  public Optional<Loan> find(UUID id) {
    return Optional.ofNullable(em.find(Loan.class, id));
  }

  @Override
  public Optional<Loan> findForUpdate(UUID id) {
    return Optional.ofNullable(em.find(Loan.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Loan> findOwned(UUID marketplaceId, String idOrReference) {
    UUID id = uuidOrNull(idOrReference);
    TypedQuery<Loan> query =
        id != null
            ? em.createQuery("select l from Loan l where l.id = :key", Loan.class)
                .setParameter("key", id)
            : em.createQuery("select l from Loan l where l.reference = :key", Loan.class)
                .setParameter("key", idOrReference);
    return Queries.first(query).filter(loan -> loan.marketplaceId().equals(marketplaceId));
  }

  @Override
  public Optional<Loan> findOwnedForUpdate(UUID marketplaceId, String idOrReference) {
    UUID id = uuidOrNull(idOrReference);
    if (id != null) {
      return findForUpdate(id).filter(loan -> loan.marketplaceId().equals(marketplaceId));
    }
    return Queries.firstForUpdate(
            em.createQuery("select l from Loan l where l.reference = :key", Loan.class)
                .setParameter("key", idOrReference))
        .filter(loan -> loan.marketplaceId().equals(marketplaceId));
  }

  @Override
  public Optional<UUID> findOwnedId(UUID marketplaceId, String idOrReference) {
    UUID id = uuidOrNull(idOrReference);
    TypedQuery<UUID> query =
        id != null
            ? em.createQuery(
                    "select l.id from Loan l where l.id = :key and l.marketplaceId = :m",
                    UUID.class)
                .setParameter("key", id)
            : em.createQuery(
                    "select l.id from Loan l where l.reference = :key and l.marketplaceId = :m",
                    UUID.class)
                .setParameter("key", idOrReference);
    return Queries.first(query.setParameter("m", marketplaceId));
  }

  @Override
  public List<Loan> findByMerchant(UUID marketplaceId, String merchantRef) {
    return findByMerchants(marketplaceId, List.of(merchantRef));
  }

  @Override
  public List<Loan> findByMerchants(UUID marketplaceId, Collection<String> merchantRefs) {
    if (merchantRefs.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select l from Loan l where l.marketplaceId = :m and l.merchantRef in :refs"
                + " order by l.createdAt, l.id",
            Loan.class)
        .setParameter("m", marketplaceId)
        .setParameter("refs", merchantRefs)
        .getResultList();
  }

  @Override
  public List<Loan> list(UUID marketplaceId, LoanStatus status, int offset, int limit) {
    return em.createQuery(
            "select l from Loan l" + FILTER + " order by l.createdAt desc, l.id", Loan.class)
        .setParameter("m", marketplaceId)
        .setParameter("s", status)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(UUID marketplaceId, LoanStatus status) {
    return em.createQuery("select count(l) from Loan l" + FILTER, Long.class)
        .setParameter("m", marketplaceId)
        .setParameter("s", status)
        .getSingleResult();
  }

  @Override
  public void flush() {
    em.flush();
  }

  private static UUID uuidOrNull(String text) {
    if (text == null || text.length() != 36) {
      return null;
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
