package com.opensylo.webhook.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of an outbound webhook (SPEC §9): {@code sha256=} and the hex HMAC-SHA256, keyed
 * with the marketplace's webhook secret, of {@code "<timestamp>.<raw body>"}, the timestamp being
 * the {@code X-OpenSylo-Timestamp} header (Unix seconds). Binding the timestamp lets a receiver
 * refuse a replayed request as stale; each attempt is signed afresh.
 */
public final class WebhookSignature {

  private WebhookSignature() {}

  /** The {@code X-OpenSylo-Signature} value for {@code body} sent at {@code timestamp}. */
  public static String sign(byte[] key, long timestamp, String body) {
    return "sha256="
        + HexFormat.of()
            .formatHex(hmac(key, Long.toString(timestamp), body.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * {@code HMAC-SHA256(key, "<timestamp>.<body>")} over the bytes as they are: what an outbound
   * signature carries, and what an inbound one (SPEC §8, the same scheme) is checked against.
   */
  public static byte[] hmac(byte[] key, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) '.');
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
