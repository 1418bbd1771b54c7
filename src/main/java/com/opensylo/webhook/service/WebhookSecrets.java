package com.opensylo.webhook.service;

import com.opensylo.shared.crypto.MasterKeyCipher;
import com.opensylo.shared.crypto.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;

/**
 * New webhook HMAC secrets: {@code whsec_} + 43 url-safe characters (256 bits), shown once in plain
 * text and stored only encrypted with the master key.
 */
@ApplicationScoped
public class WebhookSecrets {

  @Inject MasterKeyCipher cipher;

  /** A new secret: the plain text to show once, and what to store. */
  public record Issued(String plain, String encrypted) {}

  /** The endpoint's secret in plain text, to sign or verify with; never shown, never logged. */
  public byte[] key(com.opensylo.webhook.domain.WebhookEndpoint endpoint) {
    return key(endpoint.sealedSecret());
  }

  /** The secret sealed as {@code sealed}, in plain text; never shown, never logged. */
  public byte[] key(String sealed) {
    return cipher.decrypt(sealed);
  }

  /** A secret chosen elsewhere (the sandbox marketplace's published one), sealed for storage. */
  public Issued seal(String plain) {
    return new Issued(plain, cipher.encrypt(plain.getBytes(StandardCharsets.UTF_8)));
  }

  public Issued issue() {
    String plain = "whsec_" + Secrets.urlSafe(32);
    return new Issued(plain, cipher.encrypt(plain.getBytes(StandardCharsets.UTF_8)));
  }
}
