package com.opensylo.scoring.scorecard;

/**
 * What the behavioural-risk assessment can raise. Each flag subtracts the penalty the scorecard
 * gives it and may cap the tier; the detection rules are described in {@code scorecard-v1.md}.
 */
public enum RiskFlag {
  /** The marketplace reports a fraud flag on the account. */
  FRAUD_FLAG,
  /**
   * The account was suspended. SPEC §6 carries a count without dates, so every reported suspension
   * counts as recent.
   */
  RECENT_SUSPENSION,
  /**
   * The marketplace reports sudden GMV spikes, or a recent month of the series is a spike month.
   */
  SUDDEN_GMV_SPIKE,
  /** The account is linked to other accounts. */
  LINKED_ACCOUNTS,
  /** The marketplace has not verified the merchant's identity. */
  UNVERIFIED_IDENTITY,
  /** No behavioural-risk block was shared, so none of the above could be ruled out. */
  RISK_DATA_MISSING
}
