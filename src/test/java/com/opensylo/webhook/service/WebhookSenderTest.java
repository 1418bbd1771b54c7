package com.opensylo.webhook.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Outbound signatures and how a receiver's Retry-After is read. */
class WebhookSenderTest {

  @Test
  void signsTheTimestampAndTheBody() {
    byte[] key = "whsec_test".getBytes(StandardCharsets.UTF_8);
    // echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
    String signature = WebhookSignature.sign(key, 1700000000L, "{\"a\":1}");
    assertThat(signature)
        .isEqualTo("sha256=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789");
    assertThat(WebhookSignature.sign(key, 1700000000L, "{\"a\":1}")).isEqualTo(signature);
    assertThat(WebhookSignature.sign(key, 1700000001L, "{\"a\":1}")).isNotEqualTo(signature);
    assertThat(WebhookSignature.sign(key, 1700000000L, "{\"a\":2}")).isNotEqualTo(signature);
  }

  @Test
  void retryAfterIsSecondsOrAnHttpDate() {
    Instant now = Instant.parse("2026-03-01T12:00:00Z");
    assertThat(WebhookSender.retryAfter("120", now)).contains(Duration.ofSeconds(120));
    assertThat(WebhookSender.retryAfter(" 7 ", now)).contains(Duration.ofSeconds(7));
    assertThat(WebhookSender.retryAfter("Sun, 01 Mar 2026 12:10:00 GMT", now))
        .contains(Duration.ofMinutes(10));
    assertThat(WebhookSender.retryAfter("Sun, 01 Mar 2026 11:00:00 GMT", now))
        .contains(Duration.ZERO);
    assertThat(WebhookSender.retryAfter("-5", now)).isEqualTo(Optional.empty());
    assertThat(WebhookSender.retryAfter("soon", now)).isEqualTo(Optional.empty());
  }
}
