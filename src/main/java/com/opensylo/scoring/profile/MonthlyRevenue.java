package com.opensylo.scoring.profile;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/** One month of SPEC §6 {@code revenueConsistency.monthlyRevenue}. */
public record MonthlyRevenue(YearMonth month, BigDecimal amount) {

  public MonthlyRevenue {
    Objects.requireNonNull(month, "month");
    Checks.nonNegative(amount, "amount");
  }
}
