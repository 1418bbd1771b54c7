package com.opensylo.shared.error;

/**
 * Stable codes for the errors raised by the HTTP layer itself; features add their own codes as
 * strings.
 */
public final class ErrorCode {
  public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
  public static final String MALFORMED_JSON = "MALFORMED_JSON";
  public static final String INVALID_PARAMETER = "INVALID_PARAMETER";
  public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
  public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
  public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
  public static final String URI_TOO_LONG = "URI_TOO_LONG";
  public static final String HEADER_TOO_LARGE = "HEADER_TOO_LARGE";
  public static final String NOT_FOUND = "NOT_FOUND";
  public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
  public static final String UNAUTHORIZED = "UNAUTHORIZED";
  public static final String FORBIDDEN = "FORBIDDEN";
  public static final String CONFLICT = "CONFLICT";
  public static final String BAD_REQUEST = "BAD_REQUEST";
  public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
  public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

  /** 503: the database failed during the commit; the change may or may not have been applied. */
  public static final String OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN";

  private ErrorCode() {}

  /** The code used when only an HTTP status is known (container errors, JAX-RS exceptions). */
  public static String forStatus(int status) {
    return switch (status) {
      case 400 -> BAD_REQUEST;
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 409 -> CONFLICT;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 414 -> URI_TOO_LONG;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 431 -> HEADER_TOO_LARGE;
      case 503 -> SERVICE_UNAVAILABLE;
      default -> status >= 500 ? INTERNAL_ERROR : "HTTP_" + status;
    };
  }

  /** A message that tells the caller what to do, for statuses raised without one. */
  public static String defaultMessage(int status) {
    return switch (status) {
      case 400 -> "The request is not valid.";
      case 401 -> "A valid bearer token is required.";
      case 403 -> "The caller is not allowed to do this.";
      case 404 -> "No resource exists at this path.";
      case 405 -> "This method is not allowed on this path.";
      case 406 -> "The requested media type cannot be produced; accept application/json.";
      case 413 -> "The request body is too large.";
      case 415 -> "This media type is not supported here; send application/json.";
      case 503 -> "The service is temporarily unavailable; retry later.";
      default -> status >= 500 ? "An unexpected error occurred." : "The request failed.";
    };
  }
}
