package com.opensylo.shared.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * Keyed hashing of secrets that are only ever compared, never read back (client secrets,
 * authorization codes, refresh tokens, CSRF tokens, throttle keys): HMAC-SHA256 under a key derived
 * from the platform master key ({@link MasterKey}), compared in constant time. A database dump
 * without the master key reveals none of them.
 */
@ApplicationScoped
public class SecretHasher {

  private static final String PURPOSE = "opensylo/secret-hash/v1";

  @Inject MasterKey masterKey;

  private volatile byte[] hashKey;

  /**
   * One initialised HMAC per thread: every token request hashes, and Mac set-up costs more than the
   * hash.
   */
  private final ThreadLocal<Mac> hashMac =
      ThreadLocal.withInitial(() -> MasterKey.newHmacSha256(hashKey()));

  /** HMAC-SHA256 of {@code value} under the hashing key, as 64 hex characters. */
  public String hash(String value) {
    return HexFormat.of().formatHex(hashMac.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
  }

  /** Whether {@code candidate} hashes to {@code expectedHash}, compared in constant time. */
  public boolean matches(String candidate, String expectedHash) {
    return candidate != null && sameHash(hash(candidate), expectedHash);
  }

  /** Constant-time equality of two hashes produced by {@link #hash}. */
  public static boolean sameHash(String hash, String otherHash) {
    return hash != null
        && otherHash != null
        && MessageDigest.isEqual(
            hash.getBytes(StandardCharsets.US_ASCII),
            otherHash.getBytes(StandardCharsets.US_ASCII));
  }

  private byte[] hashKey() {
    if (hashKey == null) {
      hashKey = masterKey.derive(PURPOSE);
    }
    return hashKey;
  }
}
