package com.opensylo.shared.web;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application, looked up once. {@code Json.createObjectBuilder()},
 * {@code Json.createReader(…)}, {@code Json.createValue(…)} and the rest look the provider up on
 * every call (a service-loader scan, tens of microseconds: 4 % of an inbound webhook's CPU in a JFR
 * profile of its benchmark), so code that builds or reads JSON-P calls this instance instead.
 */
public final class Jsonp {

  /** Thread-safe; every factory method of {@link jakarta.json.Json} exists here too. */
  public static final JsonProvider PROVIDER = JsonProvider.provider();

  private Jsonp() {}
}
