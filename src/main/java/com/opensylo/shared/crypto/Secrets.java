package com.opensylo.shared.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random values from the JDK's CSPRNG, for every secret, code, token and random identifier the
 * platform makes (the formats that carry a prefix belong to their features: client secrets to
 * identity, webhook secrets to webhook).
 */
public final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** {@code bytes} random bytes as unpadded base64url. */
  public static String urlSafe(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }

  /** {@code bytes} random bytes as lower-case hex. */
  public static String hex(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return HexFormat.of().formatHex(value);
  }
}
