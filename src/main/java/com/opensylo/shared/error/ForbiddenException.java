package com.opensylo.shared.error;

/**
 * Raised when the caller is known but may not do this (a consent it lacks, a token of the wrong
 * kind for the call).
 */
public class ForbiddenException extends ApiException {

  private static final long serialVersionUID = 1L;

  public ForbiddenException(String code, String message) {
    super(403, code, message);
  }
}
