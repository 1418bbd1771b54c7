/**
 * Loans to linked merchants and their repayment ledger (SPEC §5, §7, §8): origination by operators
 * within the merchant's lending cap, the status transitions, deductions and reversals as immutable
 * ledger entries applied under the loan's row lock, settlements of collected deductions,
 * discrepancies between what a marketplace reports and the ledger, the partner Loan API and the
 * ledger invariant check. Loan events leave through {@link com.opensylo.loan.domain.LoanEvents}, a
 * port this feature owns and {@code webhook} implements.
 */
package com.opensylo.loan;
