package com.opensylo.loan.service;

import com.opensylo.loan.domain.BalanceDiscrepancy;
import com.opensylo.loan.domain.DiscrepancyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The recorded disagreements between marketplaces' reported balances and the ledger. */
@ApplicationScoped
public class Discrepancies {

  @Inject DiscrepancyRepository discrepancies;

  public record DiscrepancyPage(
      List<BalanceDiscrepancy> discrepancies, int page, int pageSize, long total) {}

  /** Newest first, optionally of one marketplace and one loan; 1-based page. */
  @Transactional
  public DiscrepancyPage list(UUID marketplaceId, UUID loanId, int page, int pageSize) {
    return new DiscrepancyPage(
        discrepancies.list(marketplaceId, loanId, (page - 1) * pageSize, pageSize),
        page,
        pageSize,
        discrepancies.count(marketplaceId, loanId));
  }
}
