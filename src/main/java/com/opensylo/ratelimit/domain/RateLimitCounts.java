package com.opensylo.ratelimit.domain;

/**
 * The shared counts of requests per client and window, one row each, so that every node counts
 * against the same number. Callers run {@link #lock} and {@link #increment} in one transaction.
 */
public interface RateLimitCounts {

  /**
   * The requests counted in {@code clientId}'s window of {@code limit} starting at {@code
   * windowStart}, creating the window at 0 if it is new, and locked until the caller's transaction
   * ends, so concurrent requests of the client (on any node) wait for this one's decision.
   */
  int lock(String clientId, RateLimit limit, long windowStart);

  /** Counts one more request in that window (locked by {@link #lock} in this transaction). */
  void increment(String clientId, RateLimit limit, long windowStart);

  /** Removes the windows that ended before {@code epochSecond}; how many it removed. */
  int pruneEndedBefore(long epochSecond);
}
