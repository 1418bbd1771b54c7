package com.opensylo.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SPEC §9 retry schedule, its jitter and Retry-After. */
class RetryScheduleTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  private static Duration wait(RetrySchedule schedule, int attemptsMade) {
    return Duration.between(NOW, schedule.next(attemptsMade, NOW, Optional.empty()));
  }

  @Test
  void followsTheStepsOfTheSpecWithoutJitterInTheMiddle() {
    RetrySchedule middle = new RetrySchedule(() -> 0.5);
    assertThat(wait(middle, 1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(wait(middle, 2)).isEqualTo(Duration.ofMinutes(5));
    assertThat(wait(middle, 3)).isEqualTo(Duration.ofMinutes(30));
    assertThat(wait(middle, 4)).isEqualTo(Duration.ofHours(2));
    assertThat(wait(middle, 9)).isEqualTo(Duration.ofHours(24));
    assertThat(RetrySchedule.MAX_ATTEMPTS).isEqualTo(10);
  }

  @Test
  void jitterSpreadsEachStepByTenPercent() {
    assertThat(wait(new RetrySchedule(() -> 0.0), 2)).isEqualTo(Duration.ofSeconds(270));
    assertThat(wait(new RetrySchedule(() -> 0.999999), 2))
        .isBetween(Duration.ofSeconds(329), Duration.ofSeconds(330));
  }

  @Test
  void retryAfterReplacesTheStepUpToADay() {
    RetrySchedule schedule = new RetrySchedule(() -> 0.5);
    assertThat(schedule.next(1, NOW, Optional.of(Duration.ofSeconds(120))))
        .isEqualTo(NOW.plusSeconds(120));
    assertThat(schedule.next(1, NOW, Optional.of(Duration.ofDays(3))))
        .isEqualTo(NOW.plus(Duration.ofHours(24)));
  }

  @Test
  void aRedeliveryAllowsOneMoreAttemptAfterTheLast() {
    WebhookDelivery d =
        new WebhookDelivery(
            java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), "loan.approved", "{}", NOW);
    java.util.UUID token = java.util.UUID.randomUUID();
    d.lease(token, NOW.plusSeconds(60));
    assertThat(d.inFlight(NOW)).isTrue();
    assertThat(d.leasedBy(token)).isTrue();
    d.attempted(NOW, 200, null, true, null);
    assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(d.inFlight(NOW)).isFalse();
    d.redeliver(NOW);
    assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(d.attemptLimit()).isEqualTo(10);
    assertThat(d.nextAttemptAt()).isEqualTo(NOW);
  }
}
