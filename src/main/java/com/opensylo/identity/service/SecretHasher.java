package com.opensylo.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashing and encryption under the platform master key. Client secrets, authorization codes,
 * refresh tokens and CSRF tokens are stored only as HMAC-SHA256 under a key derived from it, and
 * compared in constant time; signing keys' private halves are encrypted with AES-GCM under another
 * derived key.
 *
 * <p>The master key comes from {@code OPENSYLO_MASTER_KEY} (base64, at least 32 bytes); only a
 * development server falls back to a generated key in an owner-only file, and nothing keeps it in
 * the database ({@link MasterKeySource}).
 */
@ApplicationScoped
public class SecretHasher {

  /** The row where earlier versions kept a generated master key (moved out, see below). */
  private static final String LEGACY_MASTER = "master";

  @Inject IdentitySettings settings;
  @Inject PlatformKeyStore store;

  private byte[] masterKey;
  private volatile byte[] hashKey;
  private volatile byte[] encryptionKey;

  /**
   * One initialised HMAC per thread: every token request hashes, and Mac set-up costs more than the
   * hash.
   */
  private final ThreadLocal<Mac> hashMac = ThreadLocal.withInitial(() -> newMac(hashKey()));

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

  /** AES-256-GCM encryption, output {@code base64(iv || ciphertext)}. */
  public String encrypt(byte[] plain) {
    try {
      byte[] iv = Base64.getUrlDecoder().decode(Secrets.urlSafe(12));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(encryptionKey(), "AES"),
          new GCMParameterSpec(128, iv));
      byte[] sealed = cipher.doFinal(plain);
      byte[] out = new byte[iv.length + sealed.length];
      System.arraycopy(iv, 0, out, 0, iv.length);
      System.arraycopy(sealed, 0, out, iv.length, sealed.length);
      return Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  public byte[] decrypt(String sealed) {
    try {
      byte[] in = Base64.getDecoder().decode(sealed);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(encryptionKey(), "AES"),
          new GCMParameterSpec(128, in, 0, 12));
      return cipher.doFinal(in, 12, in.length - 12);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot decrypt with the current master key", e);
    }
  }

  private byte[] hashKey() {
    if (hashKey == null) {
      hashKey = hmac(masterKey(), "opensylo/secret-hash/v1".getBytes(StandardCharsets.UTF_8));
    }
    return hashKey;
  }

  private byte[] encryptionKey() {
    if (encryptionKey == null) {
      encryptionKey =
          hmac(masterKey(), "opensylo/key-encryption/v1".getBytes(StandardCharsets.UTF_8));
    }
    return encryptionKey;
  }

  /**
   * Resolves the master key now, so a missing or weak key stops the start-up instead of the first
   * request (see {@link MasterKeySource}).
   */
  public void requireMasterKey() {
    hashKey();
    encryptionKey();
  }

  private synchronized byte[] masterKey() {
    if (masterKey == null) {
      masterKey =
          new MasterKeySource(
                  settings.masterKey(),
                  settings.masterKeyFile().map(Path::of),
                  new MasterKeySource.Database() {
                    @Override
                    public Optional<String> legacyMasterKey() {
                      return store.find(LEGACY_MASTER);
                    }

                    @Override
                    public void deleteLegacyMasterKey() {
                      store.delete(LEGACY_MASTER);
                    }

                    @Override
                    public boolean holdsEncryptedKeys() {
                      return store.anySigningKey();
                    }
                  })
              .masterKey();
    }
    return masterKey;
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    return newMac(key).doFinal(data);
  }

  private static Mac newMac(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
