package com.opensylo.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A retired key verifies for its window after retirement, then no more. */
class SigningKeyTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration WINDOW = Duration.ofDays(7).plusMinutes(5);

  @Test
  void anActiveKeyVerifiesForeverARetiredOneForItsWindow() {
    SigningKey key = new SigningKey("k1", "ES256", "{}", "sealed", T0);
    assertThat(key.publishedUntil(WINDOW)).isNull();
    assertThat(key.verifiesAt(T0.plus(Duration.ofDays(3650)), WINDOW)).isTrue();

    Instant retired = T0.plus(Duration.ofDays(1));
    key.retire(retired);
    assertThat(key.status()).isEqualTo(SigningKey.Status.RETIRED);
    assertThat(key.retiredAt()).isEqualTo(retired);
    assertThat(key.publishedUntil(WINDOW)).isEqualTo(retired.plus(WINDOW));
    assertThat(key.verifiesAt(retired.plus(WINDOW).minusMillis(1), WINDOW)).isTrue();
    assertThat(key.verifiesAt(retired.plus(WINDOW), WINDOW)).isFalse();

    // retiring again does not move the window
    key.retire(retired.plus(Duration.ofDays(2)));
    assertThat(key.retiredAt()).isEqualTo(retired);
  }
}
