package com.opensylo.scoring;

import com.opensylo.scoring.profile.MonthlyRevenue;
import com.opensylo.scoring.scorecard.SpikeRule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Arithmetic on the monthly revenue series (months in calendar order): spike months, the average
 * without them, and the month-to-month variation. All of it exact or rounded once, so the same
 * series always gives the same figures.
 */
final class RevenueSeries {

  private final List<MonthlyRevenue> months;
  private final SpikeRule rule;

  RevenueSeries(List<MonthlyRevenue> months, SpikeRule rule) {
    this.months = months;
    this.rule = rule;
  }

  boolean isEmpty() {
    return months.isEmpty();
  }

  /**
   * Months whose amount is more than {@code multipleOfMedian} × the median of the other months;
   * none when the series is shorter than {@code minMonths} (too short to say what is usual).
   */
  List<YearMonth> spikeMonths() {
    List<YearMonth> spikes = new ArrayList<>();
    if (months.size() < rule.minMonths()) {
      return spikes;
    }
    for (int i = 0; i < months.size(); i++) {
      List<BigDecimal> others = new ArrayList<>();
      for (int j = 0; j < months.size(); j++) {
        if (j != i) {
          others.add(months.get(j).amount());
        }
      }
      others.sort(null);
      int n = others.size();
      // Twice the median, so that an even count needs no division: 2·median = a + b, or 2·middle.
      BigDecimal twiceMedian =
          n % 2 == 1
              ? others.get(n / 2).add(others.get(n / 2))
              : others.get(n / 2 - 1).add(others.get(n / 2));
      BigDecimal twiceAmount = months.get(i).amount().add(months.get(i).amount());
      if (twiceAmount.compareTo(twiceMedian.multiply(rule.multipleOfMedian())) > 0) {
        spikes.add(months.get(i).month());
      }
    }
    return spikes;
  }

  /** Whether one of the last {@code recentMonths} months of the series is a spike month. */
  boolean hasRecentSpike() {
    List<YearMonth> spikes = spikeMonths();
    int from = Math.max(0, months.size() - rule.recentMonths());
    return months.subList(from, months.size()).stream().anyMatch(m -> spikes.contains(m.month()));
  }

  /** The exact average of the months that are not spikes (zero when every month is one). */
  Fraction averageWithoutSpikes() {
    List<YearMonth> spikes = spikeMonths();
    BigDecimal sum = BigDecimal.ZERO;
    long count = 0;
    for (MonthlyRevenue month : months) {
      if (!spikes.contains(month.month())) {
        sum = sum.add(month.amount());
        count++;
      }
    }
    return count == 0 ? Fraction.of(BigDecimal.ZERO) : new Fraction(sum, count);
  }

  /**
   * Coefficient of variation (population standard deviation ÷ mean) in %, one decimal, half-up;
   * null when the series is shorter than {@code minMonths} or has no revenue at all.
   */
  BigDecimal variationPercent() {
    if (months.size() < rule.minMonths()) {
      return null;
    }
    MathContext precision = MathContext.DECIMAL64;
    BigDecimal n = BigDecimal.valueOf(months.size());
    BigDecimal sum =
        months.stream().map(MonthlyRevenue::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.signum() == 0) {
      return null;
    }
    BigDecimal mean = sum.divide(n, precision);
    BigDecimal squares = BigDecimal.ZERO;
    for (MonthlyRevenue month : months) {
      BigDecimal deviation = month.amount().subtract(mean);
      squares = squares.add(deviation.multiply(deviation));
    }
    BigDecimal deviation = squares.divide(n, precision).sqrt(precision);
    return deviation.divide(mean, precision).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
  }
}
