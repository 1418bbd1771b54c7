package com.opensylo.ratelimit.service;

import com.opensylo.ratelimit.domain.RateLimit;
import com.opensylo.ratelimit.domain.RateLimitCounts;
import com.opensylo.ratelimit.domain.RateLimitDecision;
import com.opensylo.ratelimit.domain.WindowUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One check of one request, atomic across nodes: in a short transaction of its own it locks the
 * client's current windows (always in the same order, minute before hour, so two requests never
 * deadlock on them), decides, and counts the request only if it is admitted — a refused request
 * uses no quota.
 */
@ApplicationScoped
public class RateLimitCounter {

  @Inject RateLimitCounts counts;

  /** The decision for one request of {@code clientId} at {@code now} under {@code limits}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public RateLimitDecision count(String clientId, List<RateLimit> limits, Instant now) {
    List<WindowUsage> windows = new ArrayList<>(limits.size());
    for (RateLimit limit : limits) {
      long start = limit.windowStart(now);
      windows.add(new WindowUsage(limit, start, counts.lock(clientId, limit, start)));
    }
    RateLimitDecision decision = RateLimitDecision.of(windows, now);
    if (decision.admitted()) {
      for (WindowUsage w : windows) {
        counts.increment(clientId, w.limit(), w.windowStart());
      }
    }
    return decision;
  }
}
