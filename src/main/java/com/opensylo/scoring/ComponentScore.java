package com.opensylo.scoring;

import com.opensylo.scoring.scorecard.Component;
import java.util.List;

/**
 * One weighted component of the breakdown.
 *
 * @param known false when the block was not shared: the component then scores 0 and its only factor
 *     says so
 * @param factors one per metric, in scorecard order
 */
public record ComponentScore(
    Component component, int score, int maxScore, boolean known, List<Factor> factors) {

  public ComponentScore {
    factors = List.copyOf(factors);
  }
}
