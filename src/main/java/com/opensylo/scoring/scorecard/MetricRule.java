package com.opensylo.scoring.scorecard;

import static com.opensylo.scoring.scorecard.InvalidScorecardException.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How one metric is scored: its bins, from the worst bin to the best, each earning more than the
 * one before, the best earning {@code points}. Ordered thresholds and rising points are what make
 * "a better value never earns fewer points" true for every metric, so they are checked here.
 *
 * @param metric what is measured (its component and direction are the metric's own)
 * @param points the most this metric can earn
 * @param bins worst first: thresholds ascending for {@link Direction#HIGHER}, descending for {@link
 *     Direction#LOWER}; points strictly rising, all from 0 to {@code points}, the last equal to it
 * @param reason how the reason and the factor are worded
 */
public record MetricRule(Metric metric, int points, List<Bin> bins, ReasonText reason) {

  public MetricRule {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(reason, "reason of " + metric);
    bins = List.copyOf(bins);
    String where = "metric " + metric + ": ";
    check(points > 0, where + "points must be > 0, not " + points);
    check(!bins.isEmpty(), where + "needs at least one bin");
    for (int i = 0; i < bins.size(); i++) {
      Bin bin = bins.get(i);
      check(bin.points() >= 0, where + "bin " + i + " has negative points " + bin.points());
      if (i > 0) {
        Bin previous = bins.get(i - 1);
        check(
            bin.points() > previous.points(),
            where
                + "bin points must rise from worst to best bin, but bin "
                + i
                + " has "
                + bin.points()
                + " after "
                + previous.points());
        int order = bin.threshold().compareTo(previous.threshold());
        boolean ordered = metric.direction() == Direction.HIGHER ? order > 0 : order < 0;
        check(
            ordered,
            where
                + "bin thresholds must be "
                + (metric.direction() == Direction.HIGHER
                    ? "ascending (at least …)"
                    : "descending (at most …)")
                + " from worst to best bin, but bin "
                + i
                + " has "
                + bin.threshold().toPlainString()
                + " after "
                + previous.threshold().toPlainString());
      }
    }
    check(
        bins.get(bins.size() - 1).points() == points,
        where
            + "the best bin must earn the metric's "
            + points
            + " points, not "
            + bins.get(bins.size() - 1).points());
    check(
        !metric.mayBeUnknown() || reason.unknownAction() != null,
        where + "can be unknown, so reason " + reason.code() + " needs an unknownAction");
  }

  /** Points a value earns: the best bin it reaches, or 0 when it reaches none. */
  public int pointsFor(BigDecimal value) {
    int earned = 0;
    for (Bin bin : bins) {
      int order = value.compareTo(bin.threshold());
      if (metric.direction() == Direction.HIGHER ? order >= 0 : order <= 0) {
        earned = bin.points();
      }
    }
    return earned;
  }

  /** The threshold of the best bin: the benchmark a reason quotes. */
  public BigDecimal benchmark() {
    return bins.get(bins.size() - 1).threshold();
  }
}
