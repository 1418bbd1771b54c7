package com.opensylo.loan.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Storage of ledger entries: inserted, read, never changed. */
public interface LedgerRepository {

  /**
   * Stores a new entry, flushed at once.
   *
   * @throws com.opensylo.shared.persistence.ConstraintConflict when a concurrent request stored the
   *     same reference or reversed the same deduction first
   */
  void add(LedgerEntry entry);

  /**
   * Records that the deduction is given back ({@code REVERSAL}) or settled ({@code SETTLEMENT}):
   * each deduction is claimed once, whichever comes first, on any node.
   *
   * @throws com.opensylo.shared.persistence.ConstraintConflict when it was claimed already (by a
   *     concurrent request too: the insert waits for it to end)
   */
  void claim(UUID deductionId, String claimedBy, java.time.Instant now);

  /** The marketplace's deduction with {@code reference}. */
  Optional<LedgerEntry> findDeduction(UUID marketplaceId, String reference);

  /** The marketplace's deductions among {@code references}; one query. */
  List<LedgerEntry> findDeductions(UUID marketplaceId, Collection<String> references);

  /** Those of {@code deductionIds} that have been reversed. */
  Set<UUID> reversed(Collection<UUID> deductionIds);
}
