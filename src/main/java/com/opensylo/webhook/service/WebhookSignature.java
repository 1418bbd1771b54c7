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
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return "sha256="
          + HexFormat.of()
              .formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
