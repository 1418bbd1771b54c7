package com.opensylo.scoring.scorecard;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One bin of a metric: the points a value earns from {@code threshold} on ("at least" for a metric
 * where more is better, "at most" where less is better). Values beyond the last bin on the bad side
 * earn nothing.
 */
public record Bin(BigDecimal threshold, int points) {

  public Bin {
    Objects.requireNonNull(threshold, "threshold");
  }
}
