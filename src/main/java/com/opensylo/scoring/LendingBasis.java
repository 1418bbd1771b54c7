package com.opensylo.scoring;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The average monthly sales the lending cap is a share of, and where it came from.
 *
 * @param averageMonthlySales rounded down to cents (the cap is computed from the exact figure)
 * @param source which estimate was the lowest: {@code MONTHLY_REVENUE}, {@code AVG_MONTHLY_SALES},
 *     {@code GMV_90_DAYS}, or {@code NONE} when no sales data was shared
 * @param excludedSpikeMonths spike months left out of the monthly revenue average
 */
public record LendingBasis(
    BigDecimal averageMonthlySales, String source, List<YearMonth> excludedSpikeMonths) {

  public LendingBasis {
    excludedSpikeMonths = List.copyOf(excludedSpikeMonths);
  }
}
