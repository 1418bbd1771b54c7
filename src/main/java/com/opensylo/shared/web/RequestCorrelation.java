package com.opensylo.shared.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of the request being served on this thread: taken from a well-formed {@code
 * X-Request-Id} header or generated, echoed in the response, written in the access log and in every
 * error body and log line about the request. A plain thread-local (set and cleared by {@link
 * CorrelationIdFilter}) because the id must also be visible to code outside CDI's request scope,
 * such as the container error page.
 */
public final class RequestCorrelation {

  /** Request and response header that carries the id. */
  public static final String HEADER = "X-Request-Id";

  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private RequestCorrelation() {}

  /**
   * The caller's id when it is safe to echo and log (8–64 url-safe characters), else a new UUID.
   */
  static String acceptOrGenerate(String incoming) {
    if (incoming != null && ACCEPTED.matcher(incoming).matches()) {
      return incoming;
    }
    return UUID.randomUUID().toString();
  }

  static void set(String id) {
    CURRENT.set(id);
  }

  static void clear() {
    CURRENT.remove();
  }

  /** The id of the current request, if this thread is serving one. */
  public static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }
}
