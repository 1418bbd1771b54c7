package com.opensylo.shared.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption of what must be read back (signing keys' private halves, webhook HMAC secrets), as
 * opposed to what is only compared ({@link SecretHasher}): AES-256-GCM under a key derived from the
 * platform master key, a fresh 96-bit IV each time, stored as {@code base64(iv || ciphertext)}.
 */
@ApplicationScoped
public class MasterKeyCipher {

  private static final String PURPOSE = "opensylo/key-encryption/v1";
  private static final int IV_BYTES = 12;

  @Inject MasterKey masterKey;

  private volatile byte[] key;

  /** AES-256-GCM encryption, output {@code base64(iv || ciphertext)}. */
  public String encrypt(byte[] plain) {
    try {
      byte[] iv = Base64.getUrlDecoder().decode(Secrets.urlSafe(IV_BYTES));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE, new SecretKeySpec(key(), "AES"), new GCMParameterSpec(128, iv));
      byte[] sealed = cipher.doFinal(plain);
      byte[] out = new byte[iv.length + sealed.length];
      System.arraycopy(iv, 0, out, 0, iv.length);
      System.arraycopy(sealed, 0, out, iv.length, sealed.length);
      return Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** What {@link #encrypt} sealed; fails if it was sealed under another master key. */
  public byte[] decrypt(String sealed) {
    try {
      byte[] in = Base64.getDecoder().decode(sealed);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(key(), "AES"),
          new GCMParameterSpec(128, in, 0, IV_BYTES));
      return cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot decrypt with the current master key", e);
    }
  }

  private byte[] key() {
    if (key == null) {
      key = masterKey.derive(PURPOSE);
    }
    return key;
  }
}
