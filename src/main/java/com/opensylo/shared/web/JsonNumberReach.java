package com.opensylo.shared.web;

import java.math.BigDecimal;

/**
 * How far a request's JSON number may reach. {@code 1E-1000000000} is 13 characters, cheap to parse
 * and within 0–100, and ruinous to print in full or to add to anything; so every reader of request
 * numbers ({@link StrictJsonReader} for typed bodies, ingestion's field reader for its JSON trees)
 * refuses, as out of range, more than {@value #MAX} decimal places or digits before the point,
 * before any range check or arithmetic.
 */
public final class JsonNumberReach {

  /** The most decimal places, and the most digits before the point, a request number may have. */
  public static final int MAX = 100;

  private JsonNumberReach() {}

  /** More than {@value #MAX} places after the point, or a power of ten beyond it. */
  public static boolean scaleBeyond(BigDecimal number) {
    return Math.abs((long) number.scale()) > MAX;
  }

  /** More than {@value #MAX} digits before the point. */
  public static boolean digitsBeyond(BigDecimal number) {
    return number.precision() - (long) number.scale() > MAX;
  }
}
