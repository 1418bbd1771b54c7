package com.opensylo.shared.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one JSON-B configuration of the API: instants as ISO-8601 UTC with milliseconds ({@code
 * 2026-01-29T12:00:00.000Z}, SPEC §2), nulls left out unless a type asks for them.
 */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withAdapters(new InstantAdapter()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** The shared instance, for code outside JAX-RS (the container error page). */
  public static Jsonb jsonb() {
    return JSONB;
  }

  /** Writes and reads instants as {@code yyyy-MM-ddTHH:mm:ss.SSSZ} in UTC. */
  public static final class InstantAdapter implements JsonbAdapter<Instant, String> {

    static final DateTimeFormatter FORMAT =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Override
    public String adaptToJson(Instant instant) {
      return FORMAT.format(instant);
    }

    @Override
    public Instant adaptFromJson(String text) {
      return Instant.parse(text);
    }
  }
}
