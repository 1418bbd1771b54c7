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
   * The marketplaces with due PENDING rows and a deliverable endpoint (enabled, with a URL), the
   * one waiting longest first, at most {@code limit}, skipping those in {@code excluded}. Not
   * locked: a claim then takes each one's rows with {@link #lockDue}, so one marketplace's backlog
   * cannot fill the window the others are claimed from.
   */
  List<UUID> dueMarketplaces(Instant now, int limit, Collection<UUID> excluded);

  /**
   * Up to {@code limit} of the marketplace's due PENDING rows, oldest due first: locked until the
   * transaction ends, rows another transaction holds skipped rather than waited for ({@code FOR
   * UPDATE SKIP LOCKED}).
   */
  List<WebhookDelivery> lockDue(Instant now, int limit, UUID marketplaceId);

  /** PENDING rows due now with a deliverable endpoint, and the oldest one's due time. */
  Backlog backlog(Instant now);

  /** The outbox backlog: due rows, and when the oldest of them fell due (null: none). */
  record Backlog(long due, Instant oldestDueAt) {}
}
