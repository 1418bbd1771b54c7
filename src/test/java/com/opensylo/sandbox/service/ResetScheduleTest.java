package com.opensylo.sandbox.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResetScheduleTest {

  private final ResetSchedule daily = ResetSchedule.parse("0 2 * * *").orElseThrow();

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  @Test
  void theSlotThatFellSinceTheLastPollIsDue() {
    assertThat(daily.dueSlot(at("2026-12-02T01:59:40Z"), at("2026-12-02T02:00:10Z")))
        .contains(at("2026-12-02T02:00:00Z"));
  }

  @Test
  void aSlotAFractionOfASecondAfterTheLastPollIsDue() {
    // polls a second apart: the slot falls between them, just after the first
    ResetSchedule everyMinute = ResetSchedule.parse("* * * * *").orElseThrow();
    assertThat(everyMinute.dueSlot(at("2026-12-02T02:00:59.500Z"), at("2026-12-02T02:01:00.500Z")))
        .contains(at("2026-12-02T02:01:00Z"));
    assertThat(daily.dueSlot(at("2026-12-02T01:59:59.999Z"), at("2026-12-02T02:00:00.900Z")))
        .contains(at("2026-12-02T02:00:00Z"));
    assertThat(daily.dueSlot(at("2026-12-02T02:00:00.300Z"), at("2026-12-02T02:00:01.300Z")))
        .isEmpty();
  }

  @Test
  void nothingIsDueBetweenSlots() {
    assertThat(daily.dueSlot(at("2026-12-02T02:00:10Z"), at("2026-12-02T02:00:40Z"))).isEmpty();
    assertThat(daily.dueSlot(at("2026-12-02T03:00:00Z"), at("2026-12-03T01:59:59Z"))).isEmpty();
  }

  @Test
  void aSlotExactlyAtTheLastPollWasAlreadyDueThen() {
    assertThat(daily.dueSlot(at("2026-12-02T02:00:00Z"), at("2026-12-02T02:00:30Z"))).isEmpty();
  }

  @Test
  void aClockMovedDaysAheadRunsOnlyTheLatestSlot() {
    assertThat(daily.dueSlot(at("2026-12-01T10:00:00Z"), at("2026-12-09T12:00:00Z")))
        .contains(at("2026-12-09T02:00:00Z"));
  }

  @Test
  void aClockMovedBackRunsNothing() {
    assertThat(daily.dueSlot(at("2026-12-09T12:00:00Z"), at("2026-12-01T12:00:00Z"))).isEmpty();
  }

  @Test
  void otherSchedulesAndOff() {
    ResetSchedule hourly = ResetSchedule.parse("30 * * * *").orElseThrow();
    assertThat(hourly.dueSlot(at("2026-12-02T05:00:00Z"), at("2026-12-02T06:45:00Z")))
        .contains(at("2026-12-02T06:30:00Z"));
    assertThat(ResetSchedule.parse("off")).isEmpty();
    assertThat(ResetSchedule.parse(" OFF ")).isEmpty();
    assertThatThrownBy(() -> ResetSchedule.parse("every day at two"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
