package com.opensylo.webhook.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.shared.error.ConflictException;
import com.opensylo.shared.error.ResourceNotFoundException;
import com.opensylo.webhook.domain.DeliveryStatus;
import com.opensylo.webhook.domain.WebhookDelivery;
import com.opensylo.webhook.domain.WebhookDeliveryAttempt;
import com.opensylo.webhook.domain.WebhookDeliveryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A marketplace's outbound delivery log, as its dashboard shows it (SPEC §3, §9), and the one
 * change it may make: queue one more attempt of a delivery.
 */
@ApplicationScoped
public class WebhookDeliveryLog {

  @Inject WebhookDeliveryRepository deliveries;
  @Inject AuditService audit;
  @Inject Clock clock;

  /** One page of deliveries, and how many match. */
  public record DeliveryPage(
      List<WebhookDelivery> deliveries, int page, int pageSize, long total) {}

  /** A delivery with its attempts, oldest first. */
  public record DeliveryDetail(WebhookDelivery delivery, List<WebhookDeliveryAttempt> attempts) {}

  /** The newest {@code limit} deliveries of the marketplace, newest first. */
  @Transactional
  public List<WebhookDelivery> recent(UUID marketplaceId, int limit) {
    return deliveries.newest(marketplaceId, limit);
  }

  /** A page (1-based) of the marketplace's deliveries, newest first; null filters match all. */
  @Transactional
  public DeliveryPage page(
      UUID marketplaceId, DeliveryStatus status, String eventType, int page, int pageSize) {
    return new DeliveryPage(
        deliveries.page(marketplaceId, status, eventType, (page - 1) * pageSize, pageSize),
        page,
        pageSize,
        deliveries.count(marketplaceId, status, eventType));
  }

  /** One of the marketplace's deliveries with its attempts; 404 for any other. */
  @Transactional
  public DeliveryDetail detail(UUID marketplaceId, UUID deliveryId) {
    WebhookDelivery delivery = owned(marketplaceId, deliveryId);
    return new DeliveryDetail(delivery, deliveries.attempts(deliveryId));
  }

  /**
   * Queues one more attempt of the delivery, due at once; 404 for another marketplace's, 409 while
   * an attempt of it is under way.
   */
  @Transactional
  public WebhookDelivery redeliver(
      UUID marketplaceId, UUID deliveryId, AuditService.Actor actor, String source) {
    WebhookDelivery delivery = owned(marketplaceId, deliveryId);
    Instant now = Instant.now(clock);
    if (delivery.inFlight(now)) {
      throw new ConflictException(
          "DELIVERY_IN_PROGRESS", "An attempt of this delivery is under way; try again shortly");
    }
    delivery.redeliver(now);
    audit.record(
        "webhook.redelivery_requested",
        AuditEvent.Outcome.SUCCESS,
        actor,
        "webhook_delivery",
        deliveryId.toString(),
        source,
        "event=" + delivery.eventType());
    return delivery;
  }

  private WebhookDelivery owned(UUID marketplaceId, UUID deliveryId) {
    return deliveries
        .find(deliveryId)
        .filter(d -> d.marketplaceId().equals(marketplaceId))
        .orElseThrow(() -> new ResourceNotFoundException("Webhook delivery not found"));
  }
}
