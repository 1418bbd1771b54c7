package com.opensylo.webhook.service;

import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.service.MarketplaceService;
import com.opensylo.shared.error.BusinessRuleViolationException;
import com.opensylo.shared.error.ResourceNotFoundException;
import com.opensylo.shared.web.JsonbSettings;
import com.opensylo.shared.web.Jsonp;
import com.opensylo.webhook.domain.WebhookEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends a signed {@code ping} event to a marketplace's endpoint at once, so it can check its
 * receiver (verify the signature, answer 2xx) before loan events arrive. Not an outbox row: it is
 * sent once, now, even while delivery is off, and its outcome is the answer.
 */
@ApplicationScoped
public class WebhookPing {

  /** The event type of a test event. */
  public static final String PING = "ping";

  @Inject WebhookEndpointService endpoints;
  @Inject MarketplaceService marketplaces;
  @Inject WebhookTargetPolicy targets;
  @Inject WebhookSecrets secrets;
  @Inject WebhookSender sender;
  @Inject Clock clock;

  /** What the ping came to. */
  public record PingResult(UUID eventId, WebhookSender.Outcome outcome) {}

  /**
   * Sends the ping (no transaction is open meanwhile); 422 {@code WEBHOOK_URL_NOT_SET} without a
   * URL. A target the marketplace may not use is not contacted and reported as the failure.
   */
  public PingResult ping(UUID marketplaceId) {
    WebhookEndpoint endpoint = endpoints.endpoint(marketplaceId);
    Marketplace marketplace =
        marketplaces
            .findById(marketplaceId)
            .orElseThrow(() -> new ResourceNotFoundException("Marketplace not found"));
    if (endpoint.url() == null) {
      throw new BusinessRuleViolationException(
          "WEBHOOK_URL_NOT_SET", "Set a webhook URL before sending a test event");
    }
    UUID eventId = UUID.randomUUID();
    Instant now = Instant.now(clock);
    Optional<String> refused = targets.refusal(endpoint.url(), marketplace.environment());
    if (refused.isPresent()) {
      return new PingResult(
          eventId, WebhookSender.Outcome.refused(now, "Target refused: the URL " + refused.get()));
    }
    String body =
        Jsonp.PROVIDER
            .createObjectBuilder()
            .add("event", PING)
            .add("event_id", eventId.toString())
            .add("timestamp", new JsonbSettings.InstantAdapter().adaptToJson(now))
            .add(
                "marketplace",
                Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("id", marketplaceId.toString())
                    .add("name", marketplace.platformName()))
            .build()
            .toString();
    return new PingResult(
        eventId, sender.send(endpoint.url(), eventId.toString(), body, secrets.key(endpoint)));
  }
}
