package com.opensylo.loan.service;

import com.opensylo.loan.domain.LedgerBreach;
import com.opensylo.loan.domain.LedgerInvariantQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger's invariants, checked the way a bank checks its books: for every loan, {@code
 * totalPaid} is the sum of its entries, the outstanding balance is {@code totalRepayable −
 * totalPaid} and never negative, a COMPLETED loan owes exactly nothing; each deduction is reversed
 * at most once (by its own amount) and settled at most once. Read-only; run by the integration
 * suite at its end, by the crash test and by operators ({@code GET
 * /v1/admin/reconciliation/ledger-check}).
 */
@ApplicationScoped
public class LedgerInvariants {

  @Inject LedgerInvariantQueries queries;

  /** What the check saw and every breach it found (none: the books hold). */
  public record Report(long loans, long entries, List<LedgerBreach> breaches) {
    public boolean holds() {
      return breaches.isEmpty();
    }
  }

  @Transactional
  public Report check() {
    List<LedgerBreach> breaches = new ArrayList<>();
    breaches.addAll(queries.totalPaidIsSumOfEntries());
    breaches.addAll(queries.deductionsCounted());
    breaches.addAll(queries.outstandingIsNeverNegative());
    breaches.addAll(queries.completedExactlyAtZero());
    breaches.addAll(queries.reversedAtMostOnce());
    breaches.addAll(queries.settledAtMostOnce());
    breaches.addAll(queries.entrySigns());
    return new Report(queries.loans(), queries.entries(), List.copyOf(breaches));
  }
}
