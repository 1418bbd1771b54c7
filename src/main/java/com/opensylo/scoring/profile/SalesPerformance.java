package com.opensylo.scoring.profile;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * SPEC §6 {@code salesPerformance}; amounts in the profile's currency, {@code salesGrowthRate} a
 * month-on-month percentage that may be negative.
 */
public record SalesPerformance(
    BigDecimal gmv30Days,
    BigDecimal gmv90Days,
    BigDecimal gmv180Days,
    BigDecimal avgMonthlySales,
    int orderCount,
    BigDecimal avgOrderValue,
    BigDecimal salesGrowthRate) {

  public SalesPerformance {
    Checks.nonNegative(gmv30Days, "gmv30Days");
    Checks.nonNegative(gmv90Days, "gmv90Days");
    Checks.nonNegative(gmv180Days, "gmv180Days");
    Checks.nonNegative(avgMonthlySales, "avgMonthlySales");
    Checks.count(orderCount, "orderCount");
    Checks.nonNegative(avgOrderValue, "avgOrderValue");
    Objects.requireNonNull(salesGrowthRate, "salesGrowthRate");
  }
}
