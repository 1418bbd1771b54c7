package com.opensylo.loan.domain;

import java.util.List;

/** The queries of the ledger invariant check, each returning the rows that break its rule. */
public interface LedgerInvariantQueries {

  long loans();

  long entries();

  /** Each loan's {@code totalPaid} equals the sum of its entries. */
  List<LedgerBreach> totalPaidIsSumOfEntries();

  /** Each loan's deduction count is its deductions less its reversals. */
  List<LedgerBreach> deductionsCounted();

  /** {@code outstandingBalance = totalRepayable − totalPaid ≥ 0}, and total paid ≥ 0. */
  List<LedgerBreach> outstandingIsNeverNegative();

  /** Each COMPLETED loan has outstanding 0, and each loan at 0 that took deductions completed. */
  List<LedgerBreach> completedExactlyAtZero();

  /** Each deduction is reversed at most once, by its own amount, on its own loan. */
  List<LedgerBreach> reversedAtMostOnce();

  /**
   * Each deduction is in at most one settlement, never both settled and reversed, allocated for its
   * own amount.
   */
  List<LedgerBreach> settledAtMostOnce();

  /** A deduction is positive, a reversal negative. */
  List<LedgerBreach> entrySigns();
}
