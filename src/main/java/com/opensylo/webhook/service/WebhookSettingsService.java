package com.opensylo.webhook.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.domain.MarketplaceRepository;
import com.opensylo.shared.crypto.MasterKeyCipher;
import com.opensylo.shared.error.ResourceNotFoundException;
import com.opensylo.webhook.domain.WebhookDelivery;
import com.opensylo.webhook.domain.WebhookDeliveryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A marketplace's webhook settings: where loan events go, whether delivery is on, and the HMAC
 * secret that signs outbound and verifies inbound webhooks (shown once when rotated, kept encrypted
 * with the master key).
 */
@ApplicationScoped
public class WebhookSettingsService {

  @Inject MarketplaceRepository marketplaces;
  @Inject WebhookDeliveryRepository deliveries;
  @Inject MasterKeyCipher cipher;
  @Inject AuditService audit;
  @Inject WebhookTargetPolicy targets;
  @Inject Clock clock;

  /** A new webhook secret, in plain text only here. */
  public record RotatedSecret(String webhookSecret, Instant rotatedAt) {}

  @Transactional
  public Marketplace settings(UUID marketplaceId) {
    return marketplaces.findById(marketplaceId).orElseThrow(WebhookSettingsService::notFound);
  }

  /**
   * Sets the endpoint URL (null: none) and whether delivery is enabled (re-enables one a 410
   * disabled).
   */
  @Transactional
  public Marketplace configure(
      UUID marketplaceId, String url, boolean enabled, AuditService.Actor actor, String source) {
    Marketplace marketplace =
        marketplaces.findByIdForUpdate(marketplaceId).orElseThrow(WebhookSettingsService::notFound);
    targets.check(url, marketplace.environment());
    marketplace.configureWebhook(url, enabled, Instant.now(clock));
    audit.record(
        "webhook.settings_updated",
        AuditEvent.Outcome.SUCCESS,
        actor,
        "marketplace",
        marketplaceId.toString(),
        source,
        "enabled=" + enabled + (url == null ? ", no url" : ""));
    return marketplace;
  }

  /** A new HMAC secret; the previous one stops signing and verifying at once. */
  @Transactional
  public RotatedSecret rotateSecret(UUID marketplaceId, AuditService.Actor actor, String source) {
    Marketplace marketplace =
        marketplaces.findByIdForUpdate(marketplaceId).orElseThrow(WebhookSettingsService::notFound);
    Instant now = Instant.now(clock);
    String secret = WebhookSecrets.generate();
    marketplace.replaceWebhookSecret(cipher.encrypt(secret.getBytes(StandardCharsets.UTF_8)), now);
    audit.record(
        "webhook.secret_rotated",
        AuditEvent.Outcome.SUCCESS,
        actor,
        "marketplace",
        marketplaceId.toString(),
        source,
        null);
    return new RotatedSecret(secret, now);
  }

  /** The newest deliveries of the marketplace, newest first. */
  @Transactional
  public List<WebhookDelivery> recentDeliveries(UUID marketplaceId, int limit) {
    return deliveries.newest(marketplaceId, limit);
  }

  private static ResourceNotFoundException notFound() {
    return new ResourceNotFoundException("Marketplace not found");
  }
}
