package com.opensylo.scoring;

import com.opensylo.scoring.profile.MerchantProfile;
import com.opensylo.scoring.profile.RevenueConsistency;
import com.opensylo.scoring.profile.SalesPerformance;
import com.opensylo.scoring.scorecard.SpikeRule;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The average monthly sales a cap is a share of: the lowest of the estimates the profile allows —
 * the monthly revenue series without its spike months, the reported {@code avgMonthlySales}, and
 * {@code gmv90Days / 3}. Taking the lowest means a figure inflated just before applying (a spike
 * month, a boosted average) never raises the cap; all estimates stay exact until the cap is rounded
 * down to cents.
 */
final class LendingCap {

  private LendingCap() {}

  /** The basis, and the exact average behind it (for the cap). */
  record Result(LendingBasis basis, Fraction average) {}

  static Result of(MerchantProfile profile, SpikeRule spikeRule) {
    Fraction lowest = null;
    String source = "NONE";
    List<YearMonth> excluded = List.of();
    RevenueConsistency revenue = profile.revenueConsistency();
    if (revenue != null && !revenue.monthlyRevenue().isEmpty()) {
      RevenueSeries series = new RevenueSeries(revenue.monthlyRevenue(), spikeRule);
      lowest = series.averageWithoutSpikes();
      source = "MONTHLY_REVENUE";
      excluded = series.spikeMonths();
    }
    SalesPerformance sales = profile.salesPerformance();
    if (sales != null) {
      Fraction reported = Fraction.of(sales.avgMonthlySales());
      if (lowest == null || reported.compareTo(lowest) < 0) {
        lowest = reported;
        source = "AVG_MONTHLY_SALES";
      }
      Fraction quarter = new Fraction(sales.gmv90Days(), 3);
      if (quarter.compareTo(lowest) < 0) {
        lowest = quarter;
        source = "GMV_90_DAYS";
      }
    }
    if (lowest == null) {
      lowest = Fraction.of(BigDecimal.ZERO);
    }
    return new Result(new LendingBasis(lowest.roundedDown(), source, excluded), lowest);
  }
}
