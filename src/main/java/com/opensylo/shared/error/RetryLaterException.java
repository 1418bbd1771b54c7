package com.opensylo.shared.error;

import java.time.Duration;

/**
 * 429 (this caller must wait: a locked account, a rate limit) or 503 (the platform is busy); the
 * answer carries {@code Retry-After} in whole seconds (at least 1).
 */
public class RetryLaterException extends ApiException {

  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public RetryLaterException(int status, String code, String message, Duration retryAfter) {
    super(status, code, message);
    this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
