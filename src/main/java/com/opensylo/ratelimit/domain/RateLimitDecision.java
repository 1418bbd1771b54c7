package com.opensylo.ratelimit.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The answer to one request under its limits, and what its {@code X-RateLimit-*} headers report:
 * {@code limit} and {@code remaining} of one window and the epoch second it resets at (GitHub's
 * convention). An admitted request reports the window with fewer requests left after it (the
 * shorter window on ties, so the minute one before the hour one). A refused request reports the
 * exhausted window that ends last, the one that actually keeps it out, and {@code
 * retryAfterSeconds} until that end (at least 1), so {@code Retry-After} and {@code
 * X-RateLimit-Reset} agree.
 */
public record RateLimitDecision(
    boolean admitted, int limit, int remaining, long resetAt, long retryAfterSeconds) {

  /** Whether a request that found {@code windows} (at least one) at {@code now} is admitted. */
  public static RateLimitDecision of(List<WindowUsage> windows, Instant now) {
    if (windows.isEmpty()) {
      throw new IllegalArgumentException("a decision needs at least one window");
    }
    List<WindowUsage> shortestFirst =
        windows.stream().sorted(Comparator.comparingInt(w -> w.limit().windowSeconds())).toList();
    WindowUsage blocking = null;
    for (WindowUsage w : shortestFirst) {
      if (w.exhausted() && (blocking == null || w.resetAt() > blocking.resetAt())) {
        blocking = w;
      }
    }
    if (blocking != null) {
      long retryAfter = Math.max(1, blocking.resetAt() - now.getEpochSecond());
      return new RateLimitDecision(
          false, blocking.limit().maxRequests(), 0, blocking.resetAt(), retryAfter);
    }
    WindowUsage reported = shortestFirst.get(0);
    for (WindowUsage w : shortestFirst) {
      if (w.remainingAfterThis() < reported.remainingAfterThis()) {
        reported = w;
      }
    }
    return new RateLimitDecision(
        true, reported.limit().maxRequests(), reported.remainingAfterThis(), reported.resetAt(), 0);
  }
}
