package com.opensylo.shared.persistence;

import java.security.SecureRandom;
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

  static UUID at(long unixMillis) {
    long high =
        (unixMillis & 0xFFFF_FFFF_FFFFL) << 16 // 48 bits of time
            | 0x7000L // version 7
            | (RANDOM.nextInt() & 0x0FFFL); // 12 random bits
    long low = RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L; // variant 10
    return new UUID(high, low);
  }
}
