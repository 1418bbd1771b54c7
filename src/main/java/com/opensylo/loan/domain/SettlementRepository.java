package com.opensylo.loan.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Storage of settlements and their allocations. */
public interface SettlementRepository {

  /**
   * Stores a settlement and its allocations, flushed at once.
   *
   * @throws com.opensylo.shared.persistence.ConstraintConflict when a concurrent request used the
   *     reference or allocated one of the deductions first
   */
  void add(Settlement settlement, List<SettlementAllocation> allocations);

  /** The marketplace's settlement with {@code reference}, locked until the transaction ends. */
  Optional<Settlement> findForUpdate(UUID marketplaceId, String reference);

  boolean exists(UUID marketplaceId, String reference);

  /** For those of {@code entryIds} already in a settlement: the settlement, by entry id. */
  Map<UUID, Settlement> settlementsOf(Collection<UUID> entryIds);
}
