package com.opensylo.shared.error;

/** Raised when a request body exceeds the configured limit. */
public class PayloadTooLargeException extends ApiException {

  private static final long serialVersionUID = 1L;

  public PayloadTooLargeException(String message) {
    super(413, "PAYLOAD_TOO_LARGE", message);
  }

  public PayloadTooLargeException(String code, String message) {
    super(413, code, message);
  }
}
