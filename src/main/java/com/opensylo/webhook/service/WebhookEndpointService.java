package com.opensylo.webhook.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.service.MarketplaceService;
import com.opensylo.shared.error.ResourceNotFoundException;
import com.opensylo.webhook.domain.WebhookEndpoint;
import com.opensylo.webhook.domain.WebhookEndpointRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A marketplace's webhook endpoint: where loan events go, whether delivery is on, and the HMAC
 * secret that signs outbound and verifies inbound webhooks (shown once when rotated, kept encrypted
 * with the master key). Reads the marketplace only for its environment, which decides which URLs
 * are allowed ({@link WebhookTargetPolicy}); it never writes it.
 */
@ApplicationScoped
public class WebhookEndpointService {

  @Inject WebhookEndpointRepository endpoints;
  @Inject MarketplaceService marketplaces;
  @Inject WebhookSecrets secrets;
  @Inject WebhookTargetPolicy targets;
  @Inject AuditService audit;
  @Inject Clock clock;

  /** A new webhook secret, in plain text only here. */
  public record RotatedSecret(String webhookSecret, Instant rotatedAt) {}

  @Transactional
  public WebhookEndpoint endpoint(UUID marketplaceId) {
    return endpoints.findByMarketplace(marketplaceId).orElseThrow(WebhookEndpointService::notFound);
  }

  /**
   * Sets the endpoint URL (null: none) and whether delivery is on: on unless {@code enabled} is
   * false, which also re-enables an endpoint a 410 disabled. 400 for a URL the marketplace's
   * environment may not target.
   */
  @Transactional
  public WebhookEndpoint configure(
      UUID marketplaceId, String url, Boolean enabled, AuditService.Actor actor, String source) {
    WebhookEndpoint endpoint = locked(marketplaceId);
    Marketplace marketplace =
        marketplaces.findById(marketplaceId).orElseThrow(WebhookEndpointService::notFound);
    targets.check(url, marketplace.environment());
    boolean on = enabled == null || enabled;
    endpoint.configure(url, on, Instant.now(clock));
    audit.record(
        "webhook.settings_updated",
        AuditEvent.Outcome.SUCCESS,
        actor,
        "marketplace",
        marketplaceId.toString(),
        source,
        "enabled=" + on + (url == null ? ", no url" : ""));
    return endpoint;
  }

  /** A new HMAC secret; the previous one stops signing and verifying at once. */
  @Transactional
  public RotatedSecret rotateSecret(UUID marketplaceId, AuditService.Actor actor, String source) {
    WebhookEndpoint endpoint = locked(marketplaceId);
    Instant now = Instant.now(clock);
    WebhookSecrets.Issued secret = secrets.issue();
    endpoint.replaceSecret(secret.encrypted(), now);
    audit.record(
        "webhook.secret_rotated",
        AuditEvent.Outcome.SUCCESS,
        actor,
        "marketplace",
        marketplaceId.toString(),
        source,
        null);
    return new RotatedSecret(secret.plain(), now);
  }

  private WebhookEndpoint locked(UUID marketplaceId) {
    return endpoints
        .findByMarketplaceForUpdate(marketplaceId)
        .orElseThrow(WebhookEndpointService::notFound);
  }

  private static ResourceNotFoundException notFound() {
    return new ResourceNotFoundException("Marketplace not found");
  }
}
