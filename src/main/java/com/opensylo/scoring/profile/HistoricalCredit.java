package com.opensylo.scoring.profile;

import java.math.BigDecimal;

/**
 * SPEC §6 {@code historicalCredit}; {@code totalOutstandingExternalDebt} in the profile's currency
 * (zero when there is none).
 */
public record HistoricalCredit(
    int previousLoansCount,
    int previousLoansRepaid,
    int previousDefaults,
    BigDecimal onTimeRepaymentRate,
    boolean hasActiveExternalLoans,
    BigDecimal totalOutstandingExternalDebt) {

  public HistoricalCredit {
    Checks.count(previousLoansCount, "previousLoansCount");
    Checks.count(previousLoansRepaid, "previousLoansRepaid");
    Checks.count(previousDefaults, "previousDefaults");
    Checks.percentage(onTimeRepaymentRate, "onTimeRepaymentRate");
    Checks.nonNegative(totalOutstandingExternalDebt, "totalOutstandingExternalDebt");
  }
}
