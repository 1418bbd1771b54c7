package com.opensylo.scoring.profile;

import java.math.BigDecimal;
import java.util.Objects;

/** Guards shared by the block records: the model relies on them, the ingestion checks far more. */
final class Checks {

  private Checks() {}

  static BigDecimal nonNegative(BigDecimal value, String name) {
    Objects.requireNonNull(value, name);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(name + " must be >= 0: " + value.toPlainString());
    }
    return value;
  }

  static BigDecimal percentage(BigDecimal value, String name) {
    nonNegative(value, name);
    if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(name + " must be <= 100: " + value.toPlainString());
    }
    return value;
  }

  static int count(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0: " + value);
    }
    return value;
  }
}
