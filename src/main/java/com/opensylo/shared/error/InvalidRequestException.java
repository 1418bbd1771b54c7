package com.opensylo.shared.error;

/** Raised for input that is malformed in a way Bean Validation cannot state. */
public class InvalidRequestException extends ApiException {

  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String message) {
    super(400, "BAD_REQUEST", message);
  }

  public InvalidRequestException(String code, String message) {
    super(400, code, message);
  }

  public InvalidRequestException(
      String code, String message, java.util.List<ApiError.FieldError> details) {
    super(400, code, message, details);
  }
}
