package com.opensylo.sandbox.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the daily sandbox reset on every node's managed scheduler: each poll asks {@link
 * ResetSchedule} for a slot that fell since the last poll (by the application's clock) and hands it
 * to {@link SandboxReset#runOnce}, which runs it once across all nodes. A node does not catch up
 * slots from before it started: the seed at its start-up already restores what is missing.
 */
@ApplicationScoped
public class SandboxResetScheduler {

  private static final Logger LOG = Logger.getLogger(SandboxResetScheduler.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject SandboxReset reset;
  @Inject com.opensylo.sandbox.service.SandboxSettings settings;
  @Inject Clock clock;

  private volatile Instant checkedUpTo;
  private ScheduledFuture<?> task;

  /** Starts polling (the sandbox start-up calls this once the seed is in place). */
  synchronized void start() {
    checkedUpTo = Instant.now(clock);
    if (task == null) {
      long every = settings.resetPollInterval().toMillis();
      task =
          scheduler.scheduleWithFixedDelay(this::pollQuietly, every, every, TimeUnit.MILLISECONDS);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void pollQuietly() {
    try {
      poll();
    } catch (RuntimeException e) {
      // the next poll tries again: the slot is not marked checked unless the reset committed
      LOG.log(Level.WARNING, "Sandbox reset failed; it is retried at the next poll", e);
    }
  }

  /**
   * Runs the slot due since the last poll, if any, unless the sandbox or the schedule is off; the
   * reset if this call ran it.
   */
  public synchronized Optional<SandboxReset.Outcome> poll() {
    Instant now = Instant.now(clock);
    Instant after = checkedUpTo == null ? now : checkedUpTo;
    if (!settings.enabled()) {
      checkedUpTo = now;
      return Optional.empty();
    }
    Optional<Instant> due =
        settings.resetSchedule().flatMap(schedule -> schedule.dueSlot(after, now));
    Optional<SandboxReset.Outcome> outcome = due.flatMap(reset::runOnce);
    checkedUpTo = now;
    return outcome;
  }
}
