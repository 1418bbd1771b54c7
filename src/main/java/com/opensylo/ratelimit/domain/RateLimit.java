package com.opensylo.ratelimit.domain;

import java.time.Instant;

/**
 * One limit: at most {@code maxRequests} requests in each fixed window of {@code windowSeconds}.
 * Windows are aligned to the Unix epoch (a minute window starts at second 0 of a UTC minute), so
 * every node computes the same window from its clock without agreeing on anything else.
 */
public record RateLimit(int windowSeconds, int maxRequests) {

  /** A minute window. */
  public static final int MINUTE = 60;

  /** An hour window. */
  public static final int HOUR = 3600;

  public RateLimit {
    if (windowSeconds <= 0 || maxRequests <= 0) {
      throw new IllegalArgumentException(
          "a rate limit needs a positive window and a positive maximum: "
              + windowSeconds
              + " s, "
              + maxRequests);
    }
  }

  /** Epoch second at which the window holding {@code now} starts. */
  public long windowStart(Instant now) {
    return Math.floorDiv(now.getEpochSecond(), windowSeconds) * (long) windowSeconds;
  }

  /** Epoch second at which the window holding {@code now} ends (the next one starts). */
  public long windowEnd(Instant now) {
    return windowStart(now) + windowSeconds;
  }
}
