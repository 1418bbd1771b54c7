package com.opensylo.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Failed sign-ins counted for one throttle key (an account on one source address, or a source
 * address across all accounts; the key is stored only as a keyed hash). Counts failures within a
 * window; at the limit the key locks for a while and the count starts again.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

  @Id
  @Column(name = "key_hash", length = 64)
  private String keyHash;

  @Column(nullable = false)
  private int failures;

  @Column(name = "window_started_at", nullable = false)
  private Instant windowStartedAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected SignInFailure() {}

  public SignInFailure(String keyHash, Instant now) {
    this.keyHash = Objects.requireNonNull(keyHash, "keyHash");
    this.windowStartedAt = now;
    this.updatedAt = now;
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** How long the lock still lasts at {@code now} (zero when unlocked). */
  public Duration lockRemainingAt(Instant now) {
    return isLockedAt(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
  }

  /**
   * Counts one failure. Failures older than {@code window} no longer count; at {@code maxFailures}
   * within it the key locks for {@code lockFor} and the count starts again. Returns whether this
   * failure locked it.
   */
  public boolean recordFailure(Instant now, int maxFailures, Duration window, Duration lockFor) {
    if (failures == 0 || !now.isBefore(windowStartedAt.plus(window))) {
      failures = 0;
      windowStartedAt = now;
    }
    failures++;
    updatedAt = now;
    if (failures >= Math.max(1, maxFailures)) {
      failures = 0;
      lockedUntil = now.plus(lockFor);
      return true;
    }
    return false;
  }

  public String keyHash() {
    return keyHash;
  }

  public int failures() {
    return failures;
  }
}
