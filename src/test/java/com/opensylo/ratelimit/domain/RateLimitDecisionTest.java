package com.opensylo.ratelimit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Window arithmetic and which window a decision's headers report. */
class RateLimitDecisionTest {

  private static final RateLimit MINUTE = new RateLimit(RateLimit.MINUTE, 120);
  private static final RateLimit HOUR = new RateLimit(RateLimit.HOUR, 3600);

  /** 2026-01-29T12:34:56.789Z. */
  private static final Instant NOW = Instant.parse("2026-01-29T12:34:56.789Z");

  private static final long MINUTE_START = Instant.parse("2026-01-29T12:34:00Z").getEpochSecond();
  private static final long HOUR_START = Instant.parse("2026-01-29T12:00:00Z").getEpochSecond();

  @Test
  void windowsAreAlignedToTheEpoch() {
    assertThat(MINUTE.windowStart(NOW)).isEqualTo(MINUTE_START);
    assertThat(MINUTE.windowEnd(NOW)).isEqualTo(MINUTE_START + 60);
    assertThat(HOUR.windowStart(NOW)).isEqualTo(HOUR_START);
    assertThat(HOUR.windowEnd(NOW)).isEqualTo(HOUR_START + 3600);
    Instant boundary = Instant.parse("2026-01-29T12:35:00Z");
    assertThat(MINUTE.windowStart(boundary)).isEqualTo(boundary.getEpochSecond());
    assertThat(MINUTE.windowStart(boundary.minusNanos(1))).isEqualTo(MINUTE_START);
    assertThat(new RateLimit(60, 1).windowStart(Instant.ofEpochSecond(-1))).isEqualTo(-60);
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> new RateLimit(60, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimit(0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RateLimitDecision.of(List.of(), NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAdmittedRequestReportsTheMinuteWindowWhileItHasFewerLeft() {
    RateLimitDecision d =
        RateLimitDecision.of(
            List.of(new WindowUsage(MINUTE, MINUTE_START, 0), new WindowUsage(HOUR, HOUR_START, 5)),
            NOW);
    assertThat(d).isEqualTo(new RateLimitDecision(true, 120, 119, MINUTE_START + 60, 0));
  }

  @Test
  void anAdmittedRequestReportsTheHourWindowWhenItHasFewerLeft() {
    RateLimitDecision d =
        RateLimitDecision.of(
            List.of(
                new WindowUsage(MINUTE, MINUTE_START, 3), new WindowUsage(HOUR, HOUR_START, 3590)),
            NOW);
    assertThat(d).isEqualTo(new RateLimitDecision(true, 3600, 9, HOUR_START + 3600, 0));
  }

  @Test
  void onATieTheMinuteWindowIsReportedWhateverTheOrder() {
    RateLimit hourOf10 = new RateLimit(RateLimit.HOUR, 10);
    RateLimit minuteOf10 = new RateLimit(RateLimit.MINUTE, 10);
    RateLimitDecision d =
        RateLimitDecision.of(
            List.of(
                new WindowUsage(hourOf10, HOUR_START, 4),
                new WindowUsage(minuteOf10, MINUTE_START, 4)),
            NOW);
    assertThat(d).isEqualTo(new RateLimitDecision(true, 10, 5, MINUTE_START + 60, 0));
  }

  @Test
  void theLastAdmittedRequestHasNoneRemaining() {
    RateLimitDecision d =
        RateLimitDecision.of(List.of(new WindowUsage(MINUTE, MINUTE_START, 119)), NOW);
    assertThat(d.admitted()).isTrue();
    assertThat(d.remaining()).isZero();
  }

  @Test
  void anExhaustedMinuteRefusesUntilItsEnd() {
    RateLimitDecision d =
        RateLimitDecision.of(
            List.of(
                new WindowUsage(MINUTE, MINUTE_START, 120), new WindowUsage(HOUR, HOUR_START, 500)),
            NOW);
    // 12:34:56.789 to 12:35:00: 3.211 s, rounded up
    assertThat(d).isEqualTo(new RateLimitDecision(false, 120, 0, MINUTE_START + 60, 4));
  }

  @Test
  void anExhaustedHourRefusesUntilTheHourEnds() {
    RateLimitDecision d =
        RateLimitDecision.of(
            List.of(
                new WindowUsage(MINUTE, MINUTE_START, 2), new WindowUsage(HOUR, HOUR_START, 3600)),
            NOW);
    long reset = HOUR_START + 3600;
    assertThat(d)
        .isEqualTo(new RateLimitDecision(false, 3600, 0, reset, reset - NOW.getEpochSecond()));
  }

  @Test
  void whenBothAreExhaustedTheOneEndingLastIsReported() {
    RateLimitDecision d =
        RateLimitDecision.of(
            List.of(
                new WindowUsage(MINUTE, MINUTE_START, 120),
                new WindowUsage(HOUR, HOUR_START, 3600)),
            NOW);
    assertThat(d.limit()).isEqualTo(3600);
    assertThat(d.resetAt()).isEqualTo(HOUR_START + 3600);
  }

  @Test
  void retryAfterIsAtLeastOneSecond() {
    Instant atTheBoundary = Instant.ofEpochSecond(MINUTE_START + 59, 999_999_999);
    RateLimitDecision d =
        RateLimitDecision.of(List.of(new WindowUsage(MINUTE, MINUTE_START, 120)), atTheBoundary);
    assertThat(d.retryAfterSeconds()).isEqualTo(1);
    Instant atTheStart = Instant.ofEpochSecond(MINUTE_START);
    assertThat(
            RateLimitDecision.of(List.of(new WindowUsage(MINUTE, MINUTE_START, 120)), atTheStart)
                .retryAfterSeconds())
        .isEqualTo(60);
  }
}
