package com.opensylo.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the outbound webhook worker runs (defaults in microprofile-config.properties). */
@ApplicationScoped
public class WebhookDeliverySettings {

  @Inject
  @ConfigProperty(name = "opensylo.webhook.delivery.enabled")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "opensylo.webhook.delivery.poll-interval")
  Duration pollInterval;

  @Inject
  @ConfigProperty(name = "opensylo.webhook.delivery.lease")
  Duration lease;

  @Inject
  @ConfigProperty(name = "opensylo.webhook.delivery.timeout")
  Duration timeout;

  @Inject
  @ConfigProperty(name = "opensylo.webhook.delivery.max-in-flight")
  int maxInFlight;

  @Inject
  @ConfigProperty(name = "opensylo.webhook.delivery.max-in-flight-per-endpoint")
  int maxInFlightPerEndpoint;

  /** Whether this node delivers outbound webhooks at all. */
  public boolean enabled() {
    return enabled;
  }

  /** How often the worker looks for due rows. */
  public Duration pollInterval() {
    return pollInterval;
  }

  /**
   * How long a claim holds a row: longer than an attempt can take, so only a dead worker's row
   * expires.
   */
  public Duration lease() {
    return lease;
  }

  /** The connect and the response timeout of one attempt. */
  public Duration timeout() {
    return timeout;
  }

  /** Attempts this node makes at once, over all endpoints. */
  public int maxInFlight() {
    return maxInFlight;
  }

  /** Attempts this node makes at once to one endpoint, so a slow one cannot take every thread. */
  public int maxInFlightPerEndpoint() {
    return maxInFlightPerEndpoint;
  }
}
