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
  private volatile boolean seeded;
  private ScheduledFuture<?> task;

  /**
   * Starts polling (the sandbox start-up calls this after seeding); {@code seeded} false: the seed
   * failed and each poll tries it again until it succeeds.
   */
  synchronized void start(boolean seeded) {
    this.seeded = seeded;
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
      if (!seeded && settings.enabled()) {
        reset.seed();
        seeded = true;
        LOG.info("Sandbox seeded at a later poll");
      }
      poll();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sandbox seed or reset failed: " + e.getMessage(), e);
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
    Optional<ResetSchedule> schedule;
    try {
      schedule = settings.resetSchedule();
    } catch (IllegalArgumentException unreadable) {
      schedule = Optional.empty(); // said once at start-up; no reset runs
    }
    Optional<Instant> due = schedule.flatMap(s -> s.dueSlot(after, now));
    // the slot counts as checked even if its reset fails: a failure is logged once and the next
    // slot tries again, rather than the whole reset being retried and rolled back every poll
    checkedUpTo = now;
    return due.flatMap(reset::runOnce);
  }
}
