package com.opensylo.identity.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.identity.domain.SignInFailure;
import com.opensylo.identity.domain.SignInFailureRepository;
import com.opensylo.shared.crypto.SecretHasher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sign-in throttle's rules without a database: per (email, address) and per address, unknown
 * accounts like known ones, nothing stored in clear.
 */
class SignInThrottleTest {

  private static final SignInThrottle.Limit FIVE =
      new SignInThrottle.Limit(5, Duration.ofMinutes(15));
  private static final String OWNER = "owner@shop.example";
  private static final String OWNER_IP = "198.51.100.7";
  private static final String STRANGER_IP = "203.0.113.9";

  private final Map<String, SignInFailure> rows = new HashMap<>();
  private Instant now = Instant.parse("2026-11-24T10:00:00Z");
  private SignInThrottle throttle;

  @BeforeEach
  void setUp() {
    throttle = new SignInThrottle();
    throttle.failures =
        new SignInFailureRepository() {
          @Override
          public Optional<SignInFailure> find(String keyHash) {
            return Optional.ofNullable(rows.get(keyHash));
          }

          @Override
          public void createIfAbsent(String keyHash) {
            rows.computeIfAbsent(keyHash, k -> new SignInFailure(k, now));
          }

          @Override
          public SignInFailure lock(String keyHash) {
            return java.util.Objects.requireNonNull(rows.get(keyHash), "created first");
          }

          @Override
          public void remove(String keyHash) {
            rows.remove(keyHash);
          }
        };
    throttle.hasher =
        new SecretHasher() {
          @Override
          public String hash(String value) {
            return "h(" + value.hashCode() + ")";
          }
        };
    throttle.clock =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
    throttle.sourceMaxFailures = () -> 20;
    throttle.sourceWindow = () -> Duration.ofMinutes(15);
  }

  private void fail(String account, String source, int times) {
    for (int i = 0; i < times; i++) {
      throttle.recordFailure("dashboard", account, source, FIVE);
    }
  }

  @Test
  void fiveFailuresLockTheEmailOnThatAddressForFifteenMinutes() {
    fail(OWNER, OWNER_IP, 4);
    assertThat(throttle.lockedFor("dashboard", OWNER, OWNER_IP)).isEmpty();
    SignInThrottle.Failure fifth = throttle.recordFailure("dashboard", OWNER, OWNER_IP, FIVE);
    assertThat(fifth.accountLocked()).isTrue();
    assertThat(fifth.sourceLocked()).isFalse();
    assertThat(throttle.lockedFor("dashboard", OWNER, OWNER_IP)).contains(Duration.ofMinutes(15));
    now = now.plus(Duration.ofMinutes(14));
    assertThat(throttle.lockedFor("dashboard", OWNER, OWNER_IP)).contains(Duration.ofMinutes(1));
    now = now.plusSeconds(61);
    assertThat(throttle.lockedFor("dashboard", OWNER, OWNER_IP)).isEmpty();
  }

  @Test
  void aStrangerElsewhereCannotLockTheOwnerOut() {
    fail(OWNER, STRANGER_IP, 10);
    assertThat(throttle.lockedFor("dashboard", OWNER, STRANGER_IP)).isPresent();
    assertThat(throttle.lockedFor("dashboard", OWNER, OWNER_IP)).isEmpty();
  }

  @Test
  void anUnknownEmailLocksExactlyLikeAKnownOne() {
    // the throttle never looks an account up: any name counts the same
    fail("nobody@shop.example", OWNER_IP, 5);
    fail(OWNER, OWNER_IP, 5);
    assertThat(throttle.lockedFor("dashboard", "nobody@shop.example", OWNER_IP))
        .isEqualTo(throttle.lockedFor("dashboard", OWNER, OWNER_IP))
        .contains(Duration.ofMinutes(15));
  }

  @Test
  void oneAddressTryingManyAccountsIsLockedForAllOfThem() {
    for (int i = 0; i < 19; i++) {
      assertThat(
              throttle
                  .recordFailure("dashboard", "user" + i + "@shop.example", STRANGER_IP, FIVE)
                  .lockedAnything())
          .isFalse();
    }
    SignInThrottle.Failure twentieth =
        throttle.recordFailure("dashboard", "user19@shop.example", STRANGER_IP, FIVE);
    assertThat(twentieth.sourceLocked()).isTrue();
    assertThat(twentieth.accountLocked()).isFalse();
    assertThat(throttle.lockedFor("dashboard", OWNER, STRANGER_IP))
        .contains(Duration.ofMinutes(15));
    // other addresses and other realms are not affected
    assertThat(throttle.lockedFor("dashboard", OWNER, OWNER_IP)).isEmpty();
    assertThat(throttle.lockedFor("merchant", OWNER, STRANGER_IP)).isEmpty();
  }

  @Test
  void aSuccessClearsTheAccountCountButNotTheAddressCount() {
    fail(OWNER, OWNER_IP, 4);
    throttle.recordSuccess("dashboard", OWNER, OWNER_IP);
    fail(OWNER, OWNER_IP, 4);
    assertThat(throttle.lockedFor("dashboard", OWNER, OWNER_IP)).isEmpty();
    // an attacker's own successful sign-ins do not reset the address's count
    for (int i = 0; i < 12; i++) {
      throttle.recordFailure("dashboard", "victim" + i + "@shop.example", OWNER_IP, FIVE);
      throttle.recordSuccess("dashboard", OWNER, OWNER_IP);
    }
    assertThat(throttle.lockedFor("dashboard", OWNER, OWNER_IP)).isPresent();
  }

  @Test
  void failuresOlderThanTheWindowNoLongerCount() {
    fail(OWNER, OWNER_IP, 4);
    now = now.plus(Duration.ofMinutes(16));
    fail(OWNER, OWNER_IP, 4);
    assertThat(throttle.lockedFor("dashboard", OWNER, OWNER_IP)).isEmpty();
  }

  @Test
  void keysAreStoredHashedWithoutTheEmailOrAddress() {
    fail(OWNER, OWNER_IP, 1);
    assertThat(rows).hasSize(2);
    assertThat(rows.keySet())
        .allSatisfy(
            k -> assertThat(k).doesNotContain(OWNER).doesNotContain(OWNER_IP).startsWith("h("));
  }

  @Test
  void anAccountOnlyCountLocksByItsOwnRowAloneAndReadsNoSourceRow() {
    // OAuth clients: counted per (client id, address) only, so one row is all the check reads
    for (int i = 0; i < 9; i++) {
      assertThat(throttle.recordAccountFailure("oauth_client", "cl_1", OWNER_IP, FIVE))
          .isEqualTo(i == 4);
    }
    assertThat(rows).hasSize(1);
    assertThat(throttle.accountLockedFor("oauth_client", "cl_1", OWNER_IP))
        .contains(Duration.ofMinutes(15));
    assertThat(throttle.accountLockedFor("oauth_client", "cl_1", STRANGER_IP)).isEmpty();
    assertThat(throttle.accountLockedFor("oauth_client", "cl_2", OWNER_IP)).isEmpty();
    throttle.recordSuccess("oauth_client", "cl_1", OWNER_IP);
    assertThat(throttle.accountLockedFor("oauth_client", "cl_1", OWNER_IP)).isEmpty();
    assertThat(rows).isEmpty();
  }

  @Test
  void theWaitIsTheLongerOfTheAccountsAndTheSourcesLock() {
    throttle.sourceWindow = () -> Duration.ofMinutes(15);
    SignInThrottle.Limit oneHour = new SignInThrottle.Limit(2, Duration.ofHours(1));
    throttle.recordFailure("dashboard", OWNER, OWNER_IP, oneHour);
    assertThat(throttle.recordFailure("dashboard", OWNER, OWNER_IP, oneHour).accountLocked())
        .isTrue();
    for (int i = 0; i < 18; i++) {
      throttle.recordFailure("dashboard", "other" + i + "@shop.example", OWNER_IP, FIVE);
    }
    // 20 failures from the address: it is locked for its window, the account for its hour
    assertThat(throttle.lockedFor("dashboard", "someone@shop.example", OWNER_IP))
        .contains(Duration.ofMinutes(15));
    assertThat(throttle.lockedFor("dashboard", OWNER, OWNER_IP)).contains(Duration.ofHours(1));
    now = now.plus(Duration.ofMinutes(20));
    assertThat(throttle.lockedFor("dashboard", "someone@shop.example", OWNER_IP)).isEmpty();
    assertThat(throttle.lockedFor("dashboard", OWNER, OWNER_IP)).contains(Duration.ofMinutes(40));
  }

  @Test
  void oneFailureCanLockTheAccountAndTheSourceTogether() {
    throttle.sourceMaxFailures = () -> 5;
    fail(OWNER, OWNER_IP, 4);
    SignInThrottle.Failure fifth = throttle.recordFailure("dashboard", OWNER, OWNER_IP, FIVE);
    assertThat(fifth.accountLocked()).isTrue();
    assertThat(fifth.sourceLocked()).isTrue();
    assertThat(fifth.lockedAnything()).isTrue();
  }

  @Test
  void anAccountOnlyFailureNeverCountsAgainstTheSource() {
    SignInThrottle.Limit three = new SignInThrottle.Limit(3, Duration.ofMinutes(15));
    for (int i = 0; i < 50; i++) {
      throttle.recordAccountFailure("oauth_client", "client-" + i, STRANGER_IP, three);
    }
    assertThat(throttle.lockedFor("oauth_client", "client-x", STRANGER_IP)).isEmpty();
    assertThat(throttle.recordAccountFailure("oauth_client", "c", STRANGER_IP, three)).isFalse();
    assertThat(throttle.recordAccountFailure("oauth_client", "c", STRANGER_IP, three)).isFalse();
    assertThat(throttle.recordAccountFailure("oauth_client", "c", STRANGER_IP, three)).isTrue();
    assertThat(throttle.lockedFor("oauth_client", "c", STRANGER_IP))
        .contains(Duration.ofMinutes(15));
    assertThat(throttle.lockedFor("oauth_client", "c", OWNER_IP)).isEmpty();
  }

  @Test
  void anAccountLockedInOneRealmIsFreeInAnother() {
    fail(OWNER, OWNER_IP, 5);
    assertThat(throttle.lockedFor("dashboard", OWNER, OWNER_IP)).isPresent();
    assertThat(throttle.lockedFor("merchant", OWNER, OWNER_IP)).isEmpty();
  }

  @Test
  void aMissingAccountOrAddressIsCountedNotRefused() {
    // a request without an email or a known address still counts, under the empty name
    fail(null, null, 5);
    assertThat(throttle.lockedFor("dashboard", null, null)).contains(Duration.ofMinutes(15));
    assertThat(throttle.lockedFor("dashboard", "", "")).contains(Duration.ofMinutes(15));
    assertThat(throttle.lockedFor("dashboard", OWNER, OWNER_IP)).isEmpty();
  }
}
