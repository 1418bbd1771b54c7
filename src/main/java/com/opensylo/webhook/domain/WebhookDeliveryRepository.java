package com.opensylo.webhook.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of outbound webhook deliveries and their attempts. */
public interface WebhookDeliveryRepository {

  void add(WebhookDelivery delivery);

  void add(WebhookDeliveryAttempt attempt);

  Optional<WebhookDelivery> find(UUID id);

  /** The newest {@code limit} deliveries of one marketplace, newest first. */
  List<WebhookDelivery> newest(UUID marketplaceId, int limit);

  /** A page of one marketplace's deliveries, newest first; null filters match everything. */
  List<WebhookDelivery> page(
      UUID marketplaceId, DeliveryStatus status, String eventType, int offset, int limit);

  /** How many deliveries {@link #page} pages through. */
  long count(UUID marketplaceId, DeliveryStatus status, String eventType);

  /** One delivery's attempts, oldest first. */
  List<WebhookDeliveryAttempt> attempts(UUID deliveryId);

  /**
   * Up to {@code limit} due PENDING rows whose endpoint is enabled and has a URL, oldest due first,
   * skipping marketplaces in {@code excluded}: locked until the transaction ends, and rows another
   * transaction holds are skipped rather than waited for ({@code FOR UPDATE SKIP LOCKED}).
   */
  List<WebhookDelivery> lockDue(Instant now, int limit, Collection<UUID> excluded);

  /** PENDING rows due now with a deliverable endpoint, and the oldest one's due time. */
  Backlog backlog(Instant now);

  /** The outbox backlog: due rows, and when the oldest of them fell due (null: none). */
  record Backlog(long due, Instant oldestDueAt) {}
}
