package com.opensylo.scoring;

import com.opensylo.scoring.scorecard.RiskFlag;
import com.opensylo.scoring.scorecard.RiskTier;
import java.util.List;

/**
 * What would move the merchant up one tier.
 *
 * @param tier the tier one step up
 * @param minScore the score it starts at
 * @param pointsNeeded points short of {@code minScore} (0 when only a flag holds the tier down)
 * @param blockingFlags flags whose tier cap must be cleared first
 * @param reasonCodes the fewest reasons, largest first, whose recovery would close the gap
 * @param summary the same in one sentence
 */
public record NextTier(
    RiskTier tier,
    int minScore,
    int pointsNeeded,
    List<RiskFlag> blockingFlags,
    List<String> reasonCodes,
    String summary) {

  public NextTier {
    blockingFlags = List.copyOf(blockingFlags);
    reasonCodes = List.copyOf(reasonCodes);
  }
}
