package com.opensylo.scoring.scorecard;

import static com.opensylo.scoring.scorecard.InvalidScorecardException.check;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One weighted component: its metrics' points add up to its weight, so a merchant at the best bin
 * of every metric earns exactly the weight.
 *
 * @param missingReasonCode the reason given when the component's block was not shared
 * @param missingReasonText its wording ("value vs benchmark: action")
 */
public record ComponentRule(
    Component component,
    int weight,
    String missingReasonCode,
    String missingReasonText,
    List<MetricRule> metrics) {

  public ComponentRule {
    Objects.requireNonNull(component, "component");
    metrics = List.copyOf(metrics);
    String where = "component " + component + ": ";
    InvalidScorecardException.text(missingReasonCode, where + "missingReason code");
    InvalidScorecardException.text(missingReasonText, where + "missingReason " + missingReasonCode);
    check(weight > 0, where + "weight must be > 0, not " + weight);
    check(!metrics.isEmpty(), where + "needs at least one metric");
    Set<Metric> seen = EnumSet.noneOf(Metric.class);
    int sum = 0;
    for (MetricRule rule : metrics) {
      check(
          rule.metric().component() == component,
          where + "metric " + rule.metric() + " belongs to " + rule.metric().component());
      check(seen.add(rule.metric()), where + "metric " + rule.metric() + " is listed twice");
      sum += rule.points();
    }
    check(sum == weight, where + "metric points add up to " + sum + " but the weight is " + weight);
  }
}
