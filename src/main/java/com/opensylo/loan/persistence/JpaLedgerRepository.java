package com.opensylo.loan.persistence;

import com.opensylo.loan.domain.EntryType;
import com.opensylo.loan.domain.LedgerEntry;
import com.opensylo.loan.domain.LedgerRepository;
import com.opensylo.shared.persistence.ConstraintConflicts;
import com.opensylo.shared.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link LedgerRepository} on JPA. */
@ApplicationScoped
public class JpaLedgerRepository implements LedgerRepository {

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public void add(LedgerEntry entry) {
    em.persist(entry);
    ConstraintConflicts.flush(em, "uq_ledger_entry");
  }

  @Override
  public void claim(UUID deductionId, String claimedBy, java.time.Instant now) {
    em.flush(); // the entries this transaction wrote go first (the claim references one)
    ConstraintConflicts.executeClaim(
        em.createNativeQuery(
                "insert into deduction_claim (entry_id, claimed_by, created_at) values (?1, ?2, ?3)")
            .setParameter(1, deductionId.toString())
            .setParameter(2, claimedBy)
            .setParameter(3, now),
        "deduction_claim");
  }

  @Override
  public Optional<LedgerEntry> findDeduction(UUID marketplaceId, String reference) {
    return Queries.first(
        em.createQuery(
                "select e from LedgerEntry e where e.marketplaceId = :m and e.type = :t"
                    + " and e.reference = :ref",
                LedgerEntry.class)
            .setParameter("m", marketplaceId)
            .setParameter("t", EntryType.DEDUCTION)
            .setParameter("ref", reference));
  }

  @Override
  public List<LedgerEntry> findDeductions(UUID marketplaceId, Collection<String> references) {
    if (references.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e from LedgerEntry e where e.marketplaceId = :m and e.type = :t"
                + " and e.reference in :refs",
            LedgerEntry.class)
        .setParameter("m", marketplaceId)
        .setParameter("t", EntryType.DEDUCTION)
        .setParameter("refs", references)
        .getResultList();
  }

  @Override
  public Set<UUID> reversed(Collection<UUID> deductionIds) {
    if (deductionIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select e.reversesEntryId from LedgerEntry e where e.reversesEntryId in :ids",
                UUID.class)
            .setParameter("ids", deductionIds)
            .getResultList());
  }
}
