package com.opensylo.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The counting rule of one throttle key: failures within a window, a lock at the limit, the count
 * starting again after a lock or once the window has passed.
 */
class SignInFailureTest {

  private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(15);
  private static final Duration LOCK = Duration.ofMinutes(30);

  private static boolean fail(SignInFailure f, Instant at) {
    return f.recordFailure(at, 3, WINDOW, LOCK);
  }

  @Test
  void theFailureThatReachesTheLimitLocksForTheLockDuration() {
    SignInFailure f = new SignInFailure("k", T0);
    assertThat(fail(f, T0)).isFalse();
    assertThat(fail(f, T0.plusSeconds(60))).isFalse();
    assertThat(f.failures()).isEqualTo(2);
    assertThat(f.isLockedAt(T0.plusSeconds(61))).isFalse();
    assertThat(fail(f, T0.plusSeconds(120))).isTrue();
    Instant lockedAt = T0.plusSeconds(120);
    assertThat(f.isLockedAt(lockedAt)).isTrue();
    assertThat(f.lockRemainingAt(lockedAt)).isEqualTo(LOCK);
    assertThat(f.lockRemainingAt(lockedAt.plus(Duration.ofMinutes(29))))
        .isEqualTo(Duration.ofMinutes(1));
    // the lock ends at its last instant, not a moment later
    assertThat(f.isLockedAt(lockedAt.plus(LOCK).minusNanos(1))).isTrue();
    assertThat(f.isLockedAt(lockedAt.plus(LOCK))).isFalse();
    assertThat(f.lockRemainingAt(lockedAt.plus(LOCK))).isEqualTo(Duration.ZERO);
  }

  @Test
  void aLockStartsTheCountAgain() {
    SignInFailure f = new SignInFailure("k", T0);
    fail(f, T0);
    fail(f, T0);
    assertThat(fail(f, T0)).isTrue();
    assertThat(f.failures()).isZero();
    Instant afterLock = T0.plus(LOCK);
    assertThat(fail(f, afterLock)).isFalse();
    assertThat(fail(f, afterLock)).isFalse();
    assertThat(fail(f, afterLock)).isTrue(); // a full three again, not one
  }

  @Test
  void failuresOutsideTheWindowNoLongerCount() {
    SignInFailure f = new SignInFailure("k", T0);
    fail(f, T0);
    fail(f, T0.plus(WINDOW).minusSeconds(1));
    // the window is measured from its first failure; at its end a new window begins
    assertThat(fail(f, T0.plus(WINDOW))).isFalse();
    assertThat(f.failures()).isEqualTo(1);
    assertThat(fail(f, T0.plus(WINDOW).plusSeconds(1))).isFalse();
    assertThat(fail(f, T0.plus(WINDOW).plusSeconds(2))).isTrue();
  }

  @Test
  void aLimitBelowOneLocksAtTheFirstFailure() {
    SignInFailure zero = new SignInFailure("k", T0);
    assertThat(zero.recordFailure(T0, 0, WINDOW, LOCK)).isTrue();
    SignInFailure negative = new SignInFailure("k", T0);
    assertThat(negative.recordFailure(T0, -5, WINDOW, LOCK)).isTrue();
    assertThat(negative.lockRemainingAt(T0)).isEqualTo(LOCK);
  }

  @Test
  void aNewKeyIsUnlockedWithNothingCounted() {
    SignInFailure f = new SignInFailure("k", T0);
    assertThat(f.failures()).isZero();
    assertThat(f.isLockedAt(T0)).isFalse();
    assertThat(f.lockRemainingAt(T0)).isEqualTo(Duration.ZERO);
    assertThat(f.keyHash()).isEqualTo("k");
  }
}
