package com.opensylo.webhook.service;

import com.opensylo.shared.crypto.Secrets;

/** The format of a marketplace's webhook HMAC secret. */
public final class WebhookSecrets {

  private WebhookSecrets() {}

  /** A new webhook HMAC secret: {@code whsec_} + 43 url-safe characters (256 bits). */
  public static String generate() {
    return "whsec_" + Secrets.urlSafe(32);
  }
}
