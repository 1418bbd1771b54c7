package com.opensylo.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A PKCE code challenge (RFC 7636) as an authorization request registered it, and the check of the
 * verifier the code exchange presents.
 */
public record Pkce(String challenge, String method) {

  /** RFC 7636 §4.1: 43–128 characters of the unreserved set, for verifiers and challenges alike. */
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

  public static final String S256 = "S256";
  public static final String PLAIN = "plain";

  /** Whether {@code value} has the form of a verifier or challenge. */
  public static boolean isWellFormed(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  /** Whether {@code verifier} is well formed and transforms to this challenge. */
  public boolean isSatisfiedBy(String verifier) {
    if (!isWellFormed(verifier)) {
      return false;
    }
    String expected = PLAIN.equals(method) ? verifier : s256(verifier);
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        challenge.getBytes(StandardCharsets.US_ASCII));
  }

  /** The S256 transform: base64url(SHA-256(verifier)) without padding. */
  public static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
