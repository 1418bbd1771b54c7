package com.opensylo.webhook.domain;

/** Where an outbound delivery stands. */
public enum DeliveryStatus {
  /** Not yet delivered; attempted again at {@code next_attempt_at}. */
  PENDING,
  /** A 2xx answer was received. */
  DELIVERED,
  /** Every attempt failed, or the receiver answered 410: no further attempts. */
  FAILED
}
