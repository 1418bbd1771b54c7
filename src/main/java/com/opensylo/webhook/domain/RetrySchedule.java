package com.opensylo.webhook.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again (SPEC §9): the first attempt at once, then after about 5 s,
 * 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h, each spread by ±10 % so receivers that came
 * back are not hit by every marketplace's backlog in the same second. A receiver's {@code
 * Retry-After} (429, 503) replaces the step, capped at a day.
 */
public final class RetrySchedule {

  /** The steps after the first attempt. */
  public static final List<Duration> STEPS =
      List.of(
          Duration.ofSeconds(5),
          Duration.ofMinutes(5),
          Duration.ofMinutes(30),
          Duration.ofHours(2),
          Duration.ofHours(5),
          Duration.ofHours(10),
          Duration.ofHours(14),
          Duration.ofHours(20),
          Duration.ofHours(24));

  /** The first attempt and one after each step. */
  public static final int MAX_ATTEMPTS = STEPS.size() + 1;

  private static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(24);

  private final DoubleSupplier random;

  /** {@code random} gives values in [0, 1), for the jitter. */
  public RetrySchedule(DoubleSupplier random) {
    this.random = random;
  }

  /**
   * When to try again after {@code attemptsMade} attempts failed, at {@code now}; {@code
   * retryAfter} is what the receiver asked for, if it did.
   */
  public Instant next(int attemptsMade, Instant now, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      Duration asked = retryAfter.get();
      return now.plus(asked.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : asked);
    }
    Duration step = STEPS.get(Math.min(Math.max(attemptsMade, 1), STEPS.size()) - 1);
    double factor = 0.9 + 0.2 * random.getAsDouble();
    return now.plusMillis(Math.round(step.toMillis() * factor));
  }
}
