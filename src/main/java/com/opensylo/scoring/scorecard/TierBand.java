package com.opensylo.scoring.scorecard;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A tier's score band (from {@code minScore} up to the next tier's minimum less one) and the share
 * of average monthly sales it may borrow.
 */
public record TierBand(RiskTier tier, int minScore, BigDecimal lendingPercent) {

  public TierBand {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(lendingPercent, "lendingPercent of tier " + tier);
  }
}
