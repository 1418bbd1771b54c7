package com.opensylo.shared.error;

import java.util.List;

/**
 * A failure the caller can act on, with the HTTP status and code it answers with. Features throw
 * the subclasses ({@link ResourceNotFoundException}, {@link ConflictException}, {@link
 * BusinessRuleViolationException}, …); the message is shown to the caller, so it never carries a
 * secret or an internal detail.
 */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient List<ApiError.FieldError> details;

  public ApiException(int status, String code, String message) {
    this(status, code, message, null);
  }

  public ApiException(int status, String code, String message, List<ApiError.FieldError> details) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details == null ? null : List.copyOf(details);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public List<ApiError.FieldError> details() {
    return details;
  }
}
