package com.opensylo.identity.service;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random values from the JDK's CSPRNG: client secrets, codes, tokens, CSRF tokens, client-id
 * suffixes.
 */
public final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Prefix of every client secret (SPEC §2). */
  public static final String CLIENT_SECRET_PREFIX = "cs_secret_";

  private Secrets() {}

  /** {@code bytes} random bytes as unpadded base64url. */
  public static String urlSafe(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }

  /** A new client secret: {@code cs_secret_} + 43 url-safe characters (256 bits). */
  public static String clientSecret() {
    return CLIENT_SECRET_PREFIX + urlSafe(32);
  }

  /** A new webhook HMAC secret: {@code whsec_} + 43 url-safe characters (256 bits). */
  public static String webhookSecret() {
    return "whsec_" + urlSafe(32);
  }

  /**
   * The masked form of a client secret (SPEC §2): {@code cs_secret_***...} and its last four
   * characters.
   */
  public static String masked(String lastFour) {
    return CLIENT_SECRET_PREFIX + "***..." + lastFour;
  }

  /** {@code bytes} random bytes as lower-case hex. */
  public static String hex(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return HexFormat.of().formatHex(value);
  }

  public static String lastFour(String secret) {
    return secret.substring(secret.length() - 4);
  }
}
