package com.opensylo.ratelimit.domain;

/**
 * What one window held when a request was checked: its limit, its start (epoch seconds) and the
 * requests it had admitted before this one.
 */
public record WindowUsage(RateLimit limit, long windowStart, int counted) {

  /** Epoch second at which this window resets. */
  public long resetAt() {
    return windowStart + limit.windowSeconds();
  }

  /** Whether the window has no room for this request. */
  public boolean exhausted() {
    return counted >= limit.maxRequests();
  }

  /** Requests the window still admits once this one is counted. */
  public int remainingAfterThis() {
    return Math.max(0, limit.maxRequests() - counted - 1);
  }
}
