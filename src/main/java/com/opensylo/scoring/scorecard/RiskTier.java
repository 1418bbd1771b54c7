package com.opensylo.scoring.scorecard;

/** SPEC §6 risk tiers, best first; their score bands and lending percentages are scorecard data. */
public enum RiskTier {
  A,
  B,
  C,
  D,
  E;

  /** The tier one step better, or null for A. */
  public RiskTier better() {
    return this == A ? null : values()[ordinal() - 1];
  }

  /** The worse of two tiers (E is the worst). */
  public RiskTier worst(RiskTier other) {
    return other != null && other.ordinal() > ordinal() ? other : this;
  }
}
