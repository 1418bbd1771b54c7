package com.opensylo.shared.persistence;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Ids for rows that are only ever appended (inbound events, ledger entries, submissions, outbox and
 * audit rows): RFC 9562 version 7 UUIDs, whose first 48 bits are the Unix time in milliseconds and
 * the other 74 random. Their text form (the {@code CHAR(36)} key) sorts by time, so a new row goes
 * at the end of its table's primary key instead of at a random page of it: with random (version 4)
 * keys, every insert into a table larger than the buffer pool touches a page that may have to be
 * read and is written back dirty, and the clustered index splits pages all over. Written here
 * because the JDK has no version 7 generator; the ids stay opaque to callers (SPEC: "IDs: UUIDs").
 */
public final class TimeOrderedIds {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TimeOrderedIds() {}

  /** A new version 7 UUID for now. */
  public static UUID next() {
    return at(System.currentTimeMillis());
  }

  /** A new version 7 UUID for the time {@code clock} says (tests). */
  public static UUID next(Clock clock) {
    return at(clock.millis());
  }

  static UUID at(long unixMillis) {
    byte[] random = new byte[10];
    RANDOM.nextBytes(random);
    long high =
        (unixMillis & 0xFFFF_FFFF_FFFFL) << 16 // 48 bits of time
            | 0x7000L // version 7
            | ((random[0] & 0x0FL) << 8 | (random[1] & 0xFFL)); // 12 random bits
    long low = 0x8000_0000_0000_0000L; // variant 10
    for (int i = 2; i < 10; i++) {
      low |= (random[i] & 0xFFL) << (8 * (9 - i));
    }
    low = (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(high, low);
  }
}
