package com.opensylo.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Argon2id hashes in PHC form, the decoy for unknown accounts, and verification of the older PBKDF2
 * hashes.
 */
class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void hashesAreArgon2idPhcStringsWithTheirOwnSalt() {
    String first = hasher.hash("Correct-Horse-Battery");
    String second = hasher.hash("Correct-Horse-Battery");
    assertThat(first)
        .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    assertThat(second).isNotEqualTo(first);
    assertThat(hasher.needsRehash(first)).isFalse();
  }

  @Test
  void verifiesOnlyTheRightPassword() {
    String stored = hasher.hash("Correct-Horse-Battery");
    assertThat(hasher.matches("Correct-Horse-Battery", stored)).isTrue();
    assertThat(hasher.matches("correct-horse-battery", stored)).isFalse();
    assertThat(hasher.matches("", stored)).isFalse();
    assertThat(hasher.matches(null, stored)).isFalse();
  }

  @Test
  void unknownAccountsAndDamagedHashesNeverMatch() {
    assertThat(hasher.matches("decoy-password-for-timing", null)).isFalse();
    String stored = hasher.hash("Correct-Horse-Battery");
    assertThat(hasher.matches("Correct-Horse-Battery", stored.replace("t=2", "t=3"))).isFalse();
    assertThat(hasher.matches("Correct-Horse-Battery", stored.replace("v=19", "v=16"))).isFalse();
    assertThat(hasher.matches("Correct-Horse-Battery", stored.substring(0, stored.length() - 5)))
        .isFalse();
    assertThat(
            hasher.matches("Correct-Horse-Battery", "$argon2id$v=19$m=99999999,t=2,p=1$AAAA$AAAA"))
        .isFalse();
    assertThat(hasher.matches("Correct-Horse-Battery", "plain-text")).isFalse();
  }

  @Test
  void hashesBeyondTheConcurrencyLimitWaitThenGive503() throws Exception {
    PasswordHasher one = new PasswordHasher(1, java.time.Duration.ofMillis(1));
    String stored = one.hash("Correct-Horse-Battery");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return one.matches("Correct-Horse-Battery", stored);
                }));
      }
      start.countDown();
      int matched = 0;
      int busy = 0;
      for (var r : results) {
        try {
          matched += r.get() ? 1 : 0;
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause())
              .isInstanceOf(com.opensylo.shared.error.RetryLaterException.class);
          assertThat(((com.opensylo.shared.error.RetryLaterException) e.getCause()).status())
              .isEqualTo(503);
          busy++;
        }
      }
      assertThat(matched).isGreaterThanOrEqualTo(1);
      assertThat(busy).isGreaterThanOrEqualTo(1);
      assertThat(matched + busy).isEqualTo(4);
    } finally {
      pool.shutdownNow();
    }
    // with room to wait, every caller gets its answer
    PasswordHasher patient = new PasswordHasher(1, java.time.Duration.ofSeconds(30));
    String again = patient.hash("Correct-Horse-Battery");
    var threads = new java.util.ArrayList<Thread>();
    var answers = java.util.Collections.synchronizedList(new java.util.ArrayList<Boolean>());
    for (int i = 0; i < 3; i++) {
      Thread t = new Thread(() -> answers.add(patient.matches("Correct-Horse-Battery", again)));
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(answers).containsExactly(true, true, true);
  }

  @Test
  void olderPbkdf2HashesStillVerifyAndAskForARehash() throws Exception {
    byte[] salt = new byte[16];
    salt[0] = 7;
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec("Old-Password-1".toCharArray(), salt, 600_000, 256))
            .getEncoded();
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    String legacy =
        "pbkdf2-sha256$600000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    assertThat(hasher.matches("Old-Password-1", legacy)).isTrue();
    assertThat(hasher.matches("Old-Password-2", legacy)).isFalse();
    assertThat(hasher.needsRehash(legacy)).isTrue();
  }
}
