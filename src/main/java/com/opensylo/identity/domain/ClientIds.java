package com.opensylo.identity.domain;

import com.opensylo.shared.crypto.Secrets;
import java.util.Locale;

/**
 * The format of client ids (SPEC §2): {@code <prefix>_client_<8 hex>}, with {@code sb_} in front
 * for SANDBOX clients. A marketplace's prefix is its platform name; any other client's is drawn
 * from its name.
 */
public final class ClientIds {

  private static final int MAX_PREFIX = 24;

  private ClientIds() {}

  /** A new random client id with {@code prefix}. */
  public static String generate(ClientEnvironment environment, String prefix) {
    return (environment == ClientEnvironment.SANDBOX ? "sb_" : "")
        + prefix
        + "_client_"
        + Secrets.hex(4);
  }

  /**
   * A prefix drawn from a client name: its lower-case letters and digits, at most 24 of them;
   * {@code app} when it has none.
   */
  public static String prefixFrom(String clientName) {
    String slug =
        clientName == null ? "" : clientName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (slug.isEmpty()) {
      return "app";
    }
    return slug.length() > MAX_PREFIX ? slug.substring(0, MAX_PREFIX) : slug;
  }
}
