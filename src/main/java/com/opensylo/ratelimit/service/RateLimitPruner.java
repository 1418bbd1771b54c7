package com.opensylo.ratelimit.service;

import com.opensylo.ratelimit.domain.RateLimitCounts;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes the rows of windows that ended, every few minutes on the platform's managed scheduler.
 * Every node runs it (deleting what another node already deleted is harmless). A window is kept a
 * minute past its end, so a node whose clock is a little ahead never deletes a window another node
 * still counts in.
 */
@ApplicationScoped
public class RateLimitPruner {

  private static final Logger LOG = Logger.getLogger(RateLimitPruner.class.getName());

  private static final Duration EVERY = Duration.ofMinutes(5);
  private static final Duration KEEP_AFTER_END = Duration.ofMinutes(1);

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject RateLimitCounts counts;
  @Inject Clock clock;

  private ScheduledFuture<?> pruning;
  private volatile String lastFailure;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    pruning =
        scheduler.scheduleWithFixedDelay(
            this::pruneQuietly, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (pruning != null) {
      pruning.cancel(false);
    }
  }

  /** Removes the windows that ended more than a minute ago; how many. */
  public int prune() {
    return counts.pruneEndedBefore(Instant.now(clock).minus(KEEP_AFTER_END).getEpochSecond());
  }

  private void pruneQuietly() {
    try {
      prune();
      lastFailure = null;
    } catch (RuntimeException e) {
      String failure = e.getClass().getName() + ": " + e.getMessage();
      if (!failure.equals(lastFailure)) { // once per kind of failure, not every run of an outage
        LOG.log(Level.WARNING, "Pruning ended rate-limit windows failed; retrying later", e);
        lastFailure = failure;
      }
    }
  }
}
