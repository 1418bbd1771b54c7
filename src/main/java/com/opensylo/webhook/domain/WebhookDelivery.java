package com.opensylo.webhook.domain;

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

  @Version private long version;

  protected WebhookDelivery() {}

  /** A new PENDING delivery, due at once. */
  public WebhookDelivery(
      UUID marketplaceId, UUID eventId, String eventType, String payload, Instant now) {
    this.id = UUID.randomUUID();
    this.marketplaceId = Objects.requireNonNull(marketplaceId, "marketplaceId");
    this.eventId = Objects.requireNonNull(eventId, "eventId");
    this.eventType = Objects.requireNonNull(eventType, "eventType");
    this.payload = Objects.requireNonNull(payload, "payload");
    this.status = DeliveryStatus.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
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
