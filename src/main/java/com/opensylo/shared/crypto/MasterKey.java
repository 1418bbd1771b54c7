package com.opensylo.shared.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform master key and the keys derived from it, one per purpose (HMAC-SHA256 of the
 * purpose's label under the master key), so secret hashing and encryption never share key material.
 * The master key comes from {@code OPENSYLO_MASTER_KEY} ({@code opensylo.master-key}, base64, at
 * least 32 bytes); only a development server ({@code opensylo.master-key-file} set) falls back to a
 * generated key in an owner-only file, and nothing keeps it in the database ({@link
 * MasterKeySource}).
 */
@ApplicationScoped
public class MasterKey {

  @Inject
  @ConfigProperty(name = "opensylo.master-key")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "opensylo.master-key-file")
  Optional<String> file;

  @Inject MasterKeyDatabase database;

  private byte[] key;

  /**
   * Resolves the master key now, so a missing or weak key stops the start-up instead of the first
   * request (a {@link com.opensylo.shared.config.StartupRefusedException}).
   */
  public void require() {
    key();
  }

  /** The key for {@code purpose} (a fixed label such as {@code opensylo/secret-hash/v1}). */
  byte[] derive(String purpose) {
    return hmacSha256(key(), purpose.getBytes(StandardCharsets.UTF_8));
  }

  private synchronized byte[] key() {
    if (key == null) {
      key =
          new MasterKeySource(configured, file.filter(f -> !f.isBlank()).map(Path::of), database)
              .masterKey();
    }
    return key;
  }

  static byte[] hmacSha256(byte[] key, byte[] data) {
    return newHmacSha256(key).doFinal(data);
  }

  static Mac newHmacSha256(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
