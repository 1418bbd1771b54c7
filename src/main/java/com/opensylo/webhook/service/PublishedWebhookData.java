package com.opensylo.webhook.service;

import com.opensylo.webhook.domain.WebhookEndpoint;
import com.opensylo.webhook.domain.WebhookEndpointRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The webhook side of a published marketplace (the sandbox, SPEC §10): its endpoint put back to the
 * published secret and no URL, and everything the marketplace's traffic left behind (outbox rows
 * with their attempts, received events) removed by the daily reset. Inside the caller's
 * transaction.
 */
@ApplicationScoped
public class PublishedWebhookData {

  @Inject WebhookEndpointRepository endpoints;
  @Inject WebhookSecrets secrets;
  @Inject Clock clock;

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  /**
   * The endpoint with {@code secret} as its secret; with {@code clearTarget} (the reset) also no
   * URL and delivery on.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void publish(UUID marketplaceId, String secret, boolean clearTarget) {
    Instant now = Instant.now(clock);
    WebhookEndpoint endpoint =
        endpoints
            .findByMarketplaceForUpdate(marketplaceId)
            .orElseThrow(() -> new IllegalStateException("no webhook endpoint " + marketplaceId));
    byte[] current = secrets.key(endpoint);
    if (!java.security.MessageDigest.isEqual(
        current, secret.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      endpoint.replaceSecret(secrets.seal(secret).encrypted(), now);
    }
    if (clearTarget && (endpoint.url() != null || !endpoint.enabled())) {
      endpoint.configure(null, true, now);
    }
  }

  /** Removes the marketplace's outbox rows, their attempts and its received events; how many. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int erase(UUID marketplaceId) {
    com.opensylo.shared.persistence.SandboxOnly.require(em, marketplaceId);
    String id = marketplaceId.toString();
    int removed =
        em.createNativeQuery(
                "DELETE FROM webhook_delivery_attempt WHERE delivery_id IN"
                    + " (SELECT id FROM webhook_delivery WHERE marketplace_id = ?1)")
            .setParameter(1, id)
            .executeUpdate();
    removed +=
        em.createNativeQuery("DELETE FROM webhook_delivery WHERE marketplace_id = ?1")
            .setParameter(1, id)
            .executeUpdate();
    removed +=
        em.createNativeQuery("DELETE FROM inbound_event WHERE marketplace_id = ?1")
            .setParameter(1, id)
            .executeUpdate();
    return removed;
  }
}
