package com.opensylo.scoring.scorecard;

import static com.opensylo.scoring.scorecard.InvalidScorecardException.check;

import java.util.Objects;

/**
 * What one risk flag costs: {@code points} for each occurrence (a count such as suspensions, or 1
 * for a yes/no flag), at most {@code maxPoints}, and optionally a cap on the tier.
 *
 * @param tierCap the best tier a flagged merchant can have, or null for no cap
 * @param reasonText "value vs benchmark: action"; {@code {value}} is replaced by the occurrences
 */
public record PenaltyRule(
    RiskFlag flag,
    int points,
    int maxPoints,
    RiskTier tierCap,
    String reasonCode,
    String reasonText) {

  public PenaltyRule {
    Objects.requireNonNull(flag, "flag");
    String where = "penalty " + flag + ": ";
    check(points > 0, where + "points must be > 0, not " + points);
    check(maxPoints >= points, where + "maxPoints " + maxPoints + " is below points " + points);
    InvalidScorecardException.text(reasonCode, where + "reason code");
    InvalidScorecardException.text(reasonText, where + "reason " + reasonCode);
  }

  /** The penalty for {@code occurrences} (0 for none). */
  public int pointsFor(int occurrences) {
    return (int) Math.min((long) maxPoints, (long) points * Math.max(0, occurrences));
  }
}
