package com.opensylo.shared.error;

import java.time.Duration;

/** 429: the caller must wait; the answer carries {@code Retry-After} in whole seconds (at least 1). */
public class TooManyRequestsException extends ApiException {

  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public TooManyRequestsException(String code, String message, Duration retryAfter) {
    super(429, code, message);
    this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
