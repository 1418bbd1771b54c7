package com.opensylo.webhook.service;

/**
 * The outbound webhook worker of this node over JMX ({@code com.opensylo:type=WebhookDelivery}),
 * beside Liberty's own server statistics: attempts by outcome since start, their latency, what is
 * in flight, and the outbox backlog as the last poll saw it.
 */
public interface WebhookDeliveryStatsMXBean {

  /** Attempts answered 2xx. */
  long getDelivered();

  /** Failed attempts that will be tried again. */
  long getRetried();

  /** Rows given up after their last attempt. */
  long getFailed();

  /** Attempts answered 410, which disabled their endpoint. */
  long getGone();

  /** Attempts that finished after another claim had taken their row over. */
  long getLeaseLost();

  /** Attempts made, whatever their outcome. */
  long getAttempts();

  /** Mean duration of an attempt, in milliseconds (0 before the first). */
  long getAttemptMeanMillis();

  /** The longest attempt, in milliseconds. */
  long getAttemptMaxMillis();

  /** Attempts under way on this node now. */
  int getInFlight();

  /** Due rows with a deliverable endpoint, as the last poll counted them. */
  long getBacklog();

  /** How long the oldest due row has waited, in seconds (0 when none is due). */
  long getOldestDueAgeSeconds();
}
