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
 * One attempt to deliver an outbound event, as the dashboard's delivery log shows it: when, the
 * receiver's status code (none when no answer came), how long it took, and the error if it failed.
 * Written once, never changed.
 */
@Entity
@Table(name = "webhook_delivery_attempt")
public class WebhookDeliveryAttempt {

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  private UUID id;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "delivery_id", nullable = false, length = 36)
  private UUID deliveryId;

  @Column(name = "attempt_no", nullable = false)
  private int attemptNo;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  @Column(name = "status_code")
  private Integer statusCode;

  @Column(name = "duration_ms", nullable = false)
  private long durationMs;

  @Column(length = 512)
  private String error;

  protected WebhookDeliveryAttempt() {}

  public WebhookDeliveryAttempt(
      UUID deliveryId,
      int attemptNo,
      Instant attemptedAt,
      Integer statusCode,
      long durationMs,
      String error) {
    this.id = TimeOrderedIds.next();
    this.deliveryId = Objects.requireNonNull(deliveryId, "deliveryId");
    this.attemptNo = attemptNo;
    this.attemptedAt = Objects.requireNonNull(attemptedAt, "attemptedAt");
    this.statusCode = statusCode;
    this.durationMs = durationMs;
    this.error = error == null || error.length() <= 512 ? error : error.substring(0, 509) + "...";
  }

  public UUID id() {
    return id;
  }

  public UUID deliveryId() {
    return deliveryId;
  }

  public int attemptNo() {
    return attemptNo;
  }

  public Instant attemptedAt() {
    return attemptedAt;
  }

  public Integer statusCode() {
    return statusCode;
  }

  public long durationMs() {
    return durationMs;
  }

  public String error() {
    return error;
  }
}
