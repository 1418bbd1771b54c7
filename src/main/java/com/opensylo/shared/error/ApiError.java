package com.opensylo.shared.error;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * The error body of every non-OAuth endpoint (SPEC §2). {@code error} is the HTTP reason phrase,
 * {@code code} a stable machine-readable code, {@code details} the offending fields of a validation
 * failure, and {@code correlationId} the id to quote to support (it is also in the {@code
 * X-Request-Id} header and the logs).
 */
@JsonbPropertyOrder({
  "success",
  "statusCode",
  "error",
  "message",
  "code",
  "details",
  "path",
  "timestamp",
  "correlationId"
})
public record ApiError(
    boolean success,
    int statusCode,
    String error,
    String message,
    String code,
    List<FieldError> details,
    String path,
    Instant timestamp,
    String correlationId) {

  /**
   * One invalid input: the JSON path of the field (or the query/path parameter) and what is wrong
   * with it.
   */
  public record FieldError(String field, String message) {}
}
