package com.opensylo.webhook.domain;

import com.opensylo.shared.persistence.TimeOrderedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One accepted inbound webhook event (SPEC §8), kept indefinitely with its raw body and headers for
 * audit. Its unique key (marketplace, event id) is what makes an event id count once: a second
 * request with the id waits on the first one's insert and then finds it. Stored once applied, with
 * what it was applied to; never changed afterwards.
 */
@Entity
@Table(name = "inbound_event")
public class InboundEvent {

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  private UUID id;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "marketplace_id", nullable = false, length = 36, updatable = false)
  private UUID marketplaceId;

  @Column(name = "event_id", nullable = false, length = 128, updatable = false)
  private String eventId;

  @Column(name = "event_type", nullable = false, length = 64, updatable = false)
  private String eventType;

  /** SHA-256 (hex) of the raw body: the same id with another body is refused. */
  @Column(name = "body_hash", nullable = false, length = 64, updatable = false)
  private String bodyHash;

  @Column(nullable = false, columnDefinition = "MEDIUMTEXT", updatable = false)
  private String body;

  /** The request's webhook headers, as a JSON object. */
  @Column(nullable = false, columnDefinition = "TEXT", updatable = false)
  private String headers;

  /** What the ack names: the loan's reference, or the settlement's. */
  @Column(name = "opensylo_reference", nullable = false, length = 128, updatable = false)
  private String opensyloReference;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  protected InboundEvent() {}

  /** A received event; its reference is set once the event has been applied, before storing. */
  public InboundEvent(
      UUID marketplaceId,
      String eventId,
      String eventType,
      String bodyHash,
      String body,
      String headers,
      Instant receivedAt) {
    this.id = TimeOrderedIds.next();
    this.marketplaceId = Objects.requireNonNull(marketplaceId, "marketplaceId");
    this.eventId = Objects.requireNonNull(eventId, "eventId");
    this.eventType = Objects.requireNonNull(eventType, "eventType");
    this.bodyHash = Objects.requireNonNull(bodyHash, "bodyHash");
    this.body = Objects.requireNonNull(body, "body");
    this.headers = Objects.requireNonNull(headers, "headers");
    this.opensyloReference = "";
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /** Names what the event was applied to, for the ack; once. */
  public void appliedTo(String reference) {
    if (!opensyloReference.isEmpty()) {
      throw new IllegalStateException("Event " + eventId + " was applied already");
    }
    this.opensyloReference = Objects.requireNonNull(reference, "reference");
  }

  /** Whether {@code hash} is this event's body hash. */
  public boolean hasBody(String hash) {
    return bodyHash.equals(hash);
  }

  public UUID id() {
    return id;
  }

  public UUID marketplaceId() {
    return marketplaceId;
  }

  public String eventId() {
    return eventId;
  }

  public String eventType() {
    return eventType;
  }

  public String body() {
    return body;
  }

  public String headers() {
    return headers;
  }

  public String opensyloReference() {
    return opensyloReference;
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
