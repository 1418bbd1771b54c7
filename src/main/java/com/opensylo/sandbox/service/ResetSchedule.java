package com.opensylo.sandbox.service;

import jakarta.enterprise.concurrent.CronTrigger;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * When the sandbox resets: a cron expression in UTC ({@code opensylo.sandbox.reset.schedule},
 * default {@code 0 2 * * *}, 02:00 every day; 5 fields, or 6 with seconds first) read by Jakarta
 * Concurrency's {@link CronTrigger}, or {@code off}. The scheduler asks it for the slot due now
 * against the application's clock rather than letting a trigger fire on wall time, so a moved test
 * clock moves the reset too.
 */
public final class ResetSchedule {

  /** The longest gap between two slots this looks back over (a daily schedule's). */
  private static final Duration LOOK_BACK = Duration.ofDays(1).plusMinutes(1);

  private final CronTrigger cron;

  private ResetSchedule(CronTrigger cron) {
    this.cron = cron;
  }

  /**
   * The schedule {@code expression} names; empty for {@code off}.
   *
   * @throws IllegalArgumentException for an expression {@link CronTrigger} cannot read
   */
  public static Optional<ResetSchedule> parse(String expression) {
    String e = expression == null ? "" : expression.strip();
    if (e.isEmpty() || "off".equals(e.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(new ResetSchedule(new CronTrigger(e, ZoneOffset.UTC)));
  }

  /**
   * The latest slot after {@code after} and at or before {@code now}; empty when none fell in
   * between (at most a day and a minute is looked back over).
   */
  public Optional<Instant> dueSlot(Instant after, Instant now) {
    Instant from = after.isBefore(now.minus(LOOK_BACK)) ? now.minus(LOOK_BACK) : after;
    Instant due = null;
    // the trigger answers the first slot at or after the whole second it is given (cron's finest
    // unit), so the search starts at the first whole second after {@code after} (a slot exactly at
    // {@code after} was due at the last poll; one a fraction of a second later is due now), and
    // each further search a second past the last slot seen
    ZonedDateTime cursor =
        from.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            .plusSeconds(1)
            .atZone(ZoneOffset.UTC);
    while (true) {
      ZonedDateTime next = cron.getNextRunTime(null, cursor);
      if (next == null || next.toInstant().isAfter(now)) {
        return Optional.ofNullable(due);
      }
      due = next.toInstant();
      cursor = next.plusSeconds(1);
    }
  }
}
