package com.opensylo.scoring.scorecard;

import static com.opensylo.scoring.scorecard.InvalidScorecardException.check;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * When a month of the revenue series is a spike: the series has at least {@code minMonths} months
 * and the month's amount is more than {@code multipleOfMedian} times the median of the other
 * months. A spike among the last {@code recentMonths} months of the series raises {@link
 * RiskFlag#SUDDEN_GMV_SPIKE}; every spike month is left out of the lending cap.
 */
public record SpikeRule(int minMonths, BigDecimal multipleOfMedian, int recentMonths) {

  public SpikeRule {
    Objects.requireNonNull(multipleOfMedian, "spikeRule.multipleOfMedian");
    check(minMonths >= 3, "spikeRule: minMonths must be >= 3, not " + minMonths);
    check(
        multipleOfMedian.compareTo(BigDecimal.ONE) > 0,
        "spikeRule: multipleOfMedian must be > 1, not " + multipleOfMedian.toPlainString());
    check(recentMonths >= 1, "spikeRule: recentMonths must be >= 1, not " + recentMonths);
  }
}
