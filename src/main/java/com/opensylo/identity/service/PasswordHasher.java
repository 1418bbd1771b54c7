package com.opensylo.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 at OWASP's current cost (600,000 iterations, 16-byte salt, 32-byte hash), from the JDK.
 * Hashes carry their parameters ({@code pbkdf2-sha256$<iterations>$<salt>$<hash>}) so the cost can be raised
 * later without breaking stored passwords.
 */
@ApplicationScoped
public class PasswordHasher {

  /** OWASP Password Storage Cheat Sheet, PBKDF2-HMAC-SHA256. */
  public static final int ITERATIONS = 600_000;

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final String SCHEME = "pbkdf2-sha256";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A dummy hash to compare against when the account does not exist, so both cases cost the same. */
  private final String decoy = hash("decoy-password-for-timing");

  public String hash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, salt, ITERATIONS);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return SCHEME + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
  }

  /** Whether {@code password} matches {@code stored}; a null {@code stored} costs the same and fails. */
  public boolean matches(String password, String stored) {
    String[] parts = (stored == null ? decoy : stored).split("\\$");
    if (parts.length != 4 || !SCHEME.equals(parts[0]) || password == null) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual = derive(password, salt, Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual) && stored != null;
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
