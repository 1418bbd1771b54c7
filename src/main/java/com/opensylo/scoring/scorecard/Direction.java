package com.opensylo.scoring.scorecard;

/** Which way a metric improves: what "better" means for bins, benchmarks and the guarantees. */
public enum Direction {
  /** More is better (orders, repayment rate); bins are "at least" thresholds. */
  HIGHER,
  /** Less is better (disputes, failed payouts); bins are "at most" thresholds. */
  LOWER
}
