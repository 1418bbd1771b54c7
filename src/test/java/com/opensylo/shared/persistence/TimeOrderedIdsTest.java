package com.opensylo.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Version 7 ids: RFC 9562's layout, their time, their order as text, no repeats. */
class TimeOrderedIdsTest {

  @Test
  void areVersion7WithTheRfcVariantAndTheirMillisecondFirst() {
    Instant at = Instant.parse("2026-12-03T10:15:30.123Z");
    UUID id = TimeOrderedIds.at(at.toEpochMilli());

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
    assertThat(id.toString()).startsWith("01a23b66-ea4b-7");
  }

  @Test
  void sortAsTextInTheOrderTheyWereMade() {
    List<String> made = new ArrayList<>();
    for (long millis = 1_700_000_000_000L; millis < 1_700_000_000_000L + 5_000; millis += 7) {
      made.add(TimeOrderedIds.at(millis).toString());
    }

    assertThat(made).isSorted();
  }

  @Test
  void doNotRepeatWithinOneMillisecond() {
    Set<UUID> ids = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      ids.add(TimeOrderedIds.at(1_700_000_000_000L));
    }

    assertThat(ids).hasSize(100_000);
    assertThat(ids).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
  }
}
