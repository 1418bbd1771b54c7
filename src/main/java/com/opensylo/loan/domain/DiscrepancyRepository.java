package com.opensylo.loan.domain;

import java.util.List;
import java.util.UUID;

/** Storage of balance discrepancies. */
public interface DiscrepancyRepository {

  void add(BalanceDiscrepancy discrepancy);

  /** Newest first, optionally of one marketplace and one loan. */
  List<BalanceDiscrepancy> list(UUID marketplaceId, UUID loanId, int offset, int limit);

  long count(UUID marketplaceId, UUID loanId);
}
