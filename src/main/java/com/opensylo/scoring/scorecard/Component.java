package com.opensylo.scoring.scorecard;

/** The six weighted components of SPEC §6 ScoreBreakdown, in the order they are reported. */
public enum Component {
  SALES_PERFORMANCE,
  REVENUE_CONSISTENCY,
  FULFILLMENT,
  PAYOUT_CASH_FLOW,
  PLATFORM_DEPENDENCY,
  HISTORICAL_CREDIT
}
