package com.opensylo.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Test-only replacement of the application clock (added to the deployment, never shipped): the
 * system clock plus an offset that {@link ProbeResource} moves, so time rules are tested by moving
 * time, not by sleeping.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class MutableClock {

  static volatile Duration offset = Duration.ZERO;

  @Produces
  @Singleton
  Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return Instant.now().plus(offset);
      }
    };
  }
}
