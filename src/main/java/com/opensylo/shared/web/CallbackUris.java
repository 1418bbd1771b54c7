package com.opensylo.shared.web;

import java.net.URI;
import java.util.Set;

/**
 * Where the platform may send a user or an event: OAuth redirect URIs and webhook URLs alike must
 * be absolute https, or plain http only on the loopback interface (RFC 8252 §7.3, local receivers).
 */
public final class CallbackUris {

  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

  private CallbackUris() {}

  /** Absolute, with a host, and https, or http on loopback. */
  public static boolean isHttpsOrLoopbackHttp(URI uri) {
    boolean https = "https".equals(uri.getScheme());
    boolean loopbackHttp = "http".equals(uri.getScheme()) && LOOPBACK.contains(uri.getHost());
    return uri.isAbsolute() && uri.getHost() != null && (https || loopbackHttp);
  }
}
