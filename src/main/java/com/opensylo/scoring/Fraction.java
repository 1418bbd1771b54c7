package com.opensylo.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact non-negative amount {@code numerator / denominator}, so that averages are compared and
 * multiplied without rounding, and rounded once, at the end.
 */
record Fraction(BigDecimal numerator, long denominator) implements Comparable<Fraction> {

  static Fraction of(BigDecimal value) {
    return new Fraction(value, 1);
  }

  /** This amount times {@code percent} %, rounded down to cents: never a cent above the rule. */
  BigDecimal percentRoundedDown(BigDecimal percent) {
    return numerator
        .multiply(percent)
        .divide(BigDecimal.valueOf(denominator).movePointRight(2), 2, RoundingMode.DOWN);
  }

  BigDecimal roundedDown() {
    return numerator.divide(BigDecimal.valueOf(denominator), 2, RoundingMode.DOWN);
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator
        .multiply(BigDecimal.valueOf(other.denominator))
        .compareTo(other.numerator.multiply(BigDecimal.valueOf(denominator)));
  }
}
