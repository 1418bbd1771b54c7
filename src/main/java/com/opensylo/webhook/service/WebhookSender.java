package com.opensylo.webhook.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * POSTs one signed event to a receiver, outside any transaction, with the JDK's HTTP client: never
 * follows a redirect (a 3xx is a failed attempt, so a receiver cannot bounce a request to an
 * internal address), and gives up after the configured timeout, for the connection and again for
 * the answer. Signed afresh at each call with the current secret and time.
 */
@ApplicationScoped
public class WebhookSender {

  /** The header carrying the signing time, Unix seconds. */
  public static final String TIMESTAMP_HEADER = "X-OpenSylo-Timestamp";

  /** The header carrying the event id, the same on every attempt. */
  public static final String EVENT_ID_HEADER = "X-OpenSylo-Event-Id";

  @Inject WebhookDeliverySettings settings;
  @Inject Clock clock;

  private HttpClient http;

  /**
   * What one attempt came to: the status code if an answer came, the receiver's {@code Retry-After}
   * if it gave one, how long it took, and why it failed if it did.
   */
  public record Outcome(
      Instant attemptedAt,
      Integer statusCode,
      Optional<Duration> retryAfter,
      long durationMs,
      String error) {

    public boolean delivered() {
      return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** An attempt that never reached the network (a refused target). */
    public static Outcome refused(Instant at, String why) {
      return new Outcome(at, null, Optional.empty(), 0, why);
    }
  }

  @PostConstruct
  void init() {
    http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.timeout())
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** Sends {@code body} to {@code url}, signed with {@code key}. */
  public Outcome send(String url, String eventId, String body, byte[] key) {
    Instant at = Instant.now(clock);
    long timestamp = at.getEpochSecond();
    long started = System.nanoTime();
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(settings.timeout())
              .header("Content-Type", "application/json")
              .header("User-Agent", "OpenSylo-Webhooks/1.0")
              .header(TIMESTAMP_HEADER, Long.toString(timestamp))
              .header(EVENT_ID_HEADER, eventId)
              .header(
                  com.opensylo.webhook.domain.OutboundEvents.SIGNATURE_HEADER,
                  WebhookSignature.sign(key, timestamp, body))
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
              .build();
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      return new Outcome(
          at,
          status,
          response.headers().firstValue("Retry-After").flatMap(v -> retryAfter(v, at)),
          elapsed(started),
          status >= 200 && status < 300 ? null : "HTTP " + status);
    } catch (HttpTimeoutException e) {
      return new Outcome(
          at, null, Optional.empty(), elapsed(started), "Timed out after " + settings.timeout());
    } catch (IOException | IllegalArgumentException e) {
      return new Outcome(
          at,
          null,
          Optional.empty(),
          elapsed(started),
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(at, null, Optional.empty(), elapsed(started), "Interrupted");
    }
  }

  /** {@code Retry-After} as seconds or as an HTTP date (RFC 9110 §10.2.3); nothing if neither. */
  static Optional<Duration> retryAfter(String value, Instant now) {
    String v = value.trim();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  private static long elapsed(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
