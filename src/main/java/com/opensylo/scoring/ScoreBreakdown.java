package com.opensylo.scoring;

import java.util.List;

/**
 * SPEC §6 ScoreBreakdown: the six components (their maxima add up to 100) and the behavioural-risk
 * penalty, whose factors list each raised flag and the points it took.
 */
public record ScoreBreakdown(
    ComponentScore salesPerformance,
    ComponentScore revenueConsistency,
    ComponentScore fulfillment,
    ComponentScore payoutCashFlow,
    ComponentScore platformDependency,
    ComponentScore historicalCredit,
    int behavioralRiskPenalty,
    List<Factor> behavioralRiskFactors) {

  public ScoreBreakdown {
    behavioralRiskFactors = List.copyOf(behavioralRiskFactors);
  }

  /** The six components in report order. */
  public List<ComponentScore> components() {
    return List.of(
        salesPerformance,
        revenueConsistency,
        fulfillment,
        payoutCashFlow,
        platformDependency,
        historicalCredit);
  }

  /** The components' scores added up, before the penalty. */
  public int componentTotal() {
    return components().stream().mapToInt(ComponentScore::score).sum();
  }
}
