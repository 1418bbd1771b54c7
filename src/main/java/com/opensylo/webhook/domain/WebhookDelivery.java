package com.opensylo.webhook.domain;

import com.opensylo.shared.persistence.TimeOrderedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One outbound event for one marketplace (SPEC §9): written in the same transaction as the change
 * it announces, then attempted until delivered. The event id stays the same on every attempt so
 * receivers can deduplicate.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  private UUID id;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "marketplace_id", nullable = false, length = 36)
  private UUID marketplaceId;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "event_id", nullable = false, length = 36)
  private UUID eventId;

  @Column(name = "event_type", nullable = false, length = 64)
  private String eventType;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private DeliveryStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_response_code")
  private Integer lastResponseCode;

  @Column(name = "last_error", length = 512)
  private String lastError;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "lease_token", length = 36)
  private UUID leaseToken;

  @Column(name = "attempt_limit", nullable = false)
  private int attemptLimit;

  @Version private long version;

  protected WebhookDelivery() {}

  /** A new PENDING delivery, due at once. */
  public WebhookDelivery(
      UUID marketplaceId, UUID eventId, String eventType, String payload, Instant now) {
    this.id = TimeOrderedIds.next();
    this.marketplaceId = Objects.requireNonNull(marketplaceId, "marketplaceId");
    this.eventId = Objects.requireNonNull(eventId, "eventId");
    this.eventType = Objects.requireNonNull(eventType, "eventType");
    this.payload = Objects.requireNonNull(payload, "payload");
    this.status = DeliveryStatus.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
    this.attemptLimit = RetrySchedule.MAX_ATTEMPTS;
  }

  /**
   * Claims the row for one attempt until {@code until}: no other claim takes it meanwhile, and it
   * is due again by itself if this claim's worker never reports back.
   */
  public void lease(UUID token, Instant until) {
    if (status != DeliveryStatus.PENDING) {
      throw new IllegalStateException("Only a pending delivery is attempted");
    }
    this.leaseToken = Objects.requireNonNull(token, "token");
    this.nextAttemptAt = Objects.requireNonNull(until, "until");
  }

  /** Whether {@code token} still holds this row's lease (a later claim replaces it). */
  public boolean leasedBy(UUID token) {
    return token.equals(leaseToken);
  }

  /** Whether an attempt is under way now (leased, the lease not yet over). */
  public boolean inFlight(Instant now) {
    return leaseToken != null && nextAttemptAt != null && nextAttemptAt.isAfter(now);
  }

  /**
   * Records the outcome of one attempt and decides what comes next: DELIVERED on a 2xx, FAILED when
   * {@code retryAt} is null (410, or the last attempt), else PENDING until {@code retryAt}.
   */
  public void attempted(
      Instant at, Integer statusCode, String error, boolean delivered, Instant retryAt) {
    this.attempts++;
    this.lastAttemptAt = at;
    this.lastResponseCode = statusCode;
    this.lastError = error == null ? null : truncate(error);
    this.leaseToken = null;
    if (delivered) {
      this.status = DeliveryStatus.DELIVERED;
      this.nextAttemptAt = null;
    } else if (retryAt == null) {
      this.status = DeliveryStatus.FAILED;
      this.nextAttemptAt = null;
    } else {
      this.status = DeliveryStatus.PENDING;
      this.nextAttemptAt = retryAt;
    }
  }

  /** How many attempts this row is allowed: the schedule's, plus one per redelivery. */
  public int attemptLimit() {
    return attemptLimit;
  }

  /**
   * Queues one more attempt, due at once (dashboard redelivery): a delivered or failed row becomes
   * PENDING again with one attempt beyond those it had.
   */
  public void redeliver(Instant now) {
    if (inFlight(now)) {
      throw new IllegalStateException("An attempt is under way");
    }
    this.status = DeliveryStatus.PENDING;
    this.attemptLimit = Math.max(attemptLimit, attempts + 1);
    this.leaseToken = null;
    this.nextAttemptAt = now;
  }

  private static String truncate(String error) {
    return error.length() <= 512 ? error : error.substring(0, 509) + "...";
  }

  public UUID id() {
    return id;
  }

  public UUID marketplaceId() {
    return marketplaceId;
  }

  public UUID eventId() {
    return eventId;
  }

  public String eventType() {
    return eventType;
  }

  public String payload() {
    return payload;
  }

  public DeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Integer lastResponseCode() {
    return lastResponseCode;
  }

  public String lastError() {
    return lastError;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant lastAttemptAt() {
    return lastAttemptAt;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
