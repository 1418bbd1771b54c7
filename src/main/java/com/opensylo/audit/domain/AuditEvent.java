package com.opensylo.audit.domain;

import com.opensylo.shared.persistence.TimeOrderedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One immutable entry of the audit trail. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  /** Whether the audited action succeeded. */
  public enum Outcome {
    SUCCESS,
    FAILURE
  }

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  private UUID id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "event_type", nullable = false, length = 64)
  private String type;

  @Column(nullable = false, length = 16)
  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  @Column(name = "actor_type", nullable = false, length = 32)
  private String actorType;

  @Column(name = "actor_id")
  private String actorId;

  @Column(name = "target_type", length = 64)
  private String targetType;

  @Column(name = "target_id")
  private String targetId;

  @Column(name = "source_address", length = 64)
  private String sourceAddress;

  @Column(name = "correlation_id", length = 64)
  private String correlationId;

  @Column(columnDefinition = "TEXT")
  private String details;

  protected AuditEvent() {}

  /** A new event; {@code type} is a dotted name such as {@code oauth_client.created}. */
  public AuditEvent(
      Instant occurredAt,
      String type,
      Outcome outcome,
      String actorType,
      String actorId,
      String targetType,
      String targetId,
      String sourceAddress,
      String correlationId,
      String details) {
    this.id = TimeOrderedIds.next();
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.type = requireText(type, "type");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.actorType = requireText(actorType, "actorType");
    this.actorId = actorId;
    this.targetType = targetType;
    this.targetId = targetId;
    this.sourceAddress = sourceAddress;
    this.correlationId = correlationId;
    this.details = details;
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  public UUID id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String type() {
    return type;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String actorType() {
    return actorType;
  }

  public String actorId() {
    return actorId;
  }

  public String targetType() {
    return targetType;
  }

  public String targetId() {
    return targetId;
  }

  public String sourceAddress() {
    return sourceAddress;
  }

  public String correlationId() {
    return correlationId;
  }

  public String details() {
    return details;
  }
}
