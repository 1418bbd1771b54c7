package com.opensylo.shared.error;

/**
 * Raised when the request conflicts with the current state (a duplicate unique value, a replay).
 */
public class ConflictException extends ApiException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(409, "CONFLICT", message);
  }

  public ConflictException(String code, String message) {
    super(409, code, message);
  }
}
