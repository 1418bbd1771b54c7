package com.opensylo.merchant.domain;

import com.opensylo.shared.persistence.TimeOrderedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One accepted submission of a merchant's data and the score it got: history, never updated and
 * never overwritten. Its id is the {@code transactionId} the marketplace receives. The same data
 * for the same merchant is stored once (a unique key on link and payload hash), which is what makes
 * a resend answer with the original transaction.
 */
@Entity
@Immutable
@Table(name = "merchant_submission")
public class Submission {

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  private UUID id;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "link_id", nullable = false, length = 36)
  private UUID linkId;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "marketplace_id", nullable = false, length = 36)
  private UUID marketplaceId;

  @Column(name = "payload_hash", nullable = false, length = 64)
  private String payloadHash;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String payload;

  /** The CreditScore document as answered, JSON. */
  @Column(nullable = false, columnDefinition = "TEXT")
  private String score;

  @Column(name = "total_score", nullable = false)
  private int totalScore;

  @Column(name = "risk_tier", nullable = false, length = 1)
  private String riskTier;

  @Column(name = "max_lending_amount", nullable = false, precision = 19, scale = 2)
  private BigDecimal maxLendingAmount;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "model_version", nullable = false, length = 64)
  private String modelVersion;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected Submission() {}

  /** What one accepted submission is made of. */
  public record Scored(
      String payloadHash,
      String payload,
      String scoreJson,
      int totalScore,
      String riskTier,
      BigDecimal maxLendingAmount,
      String currency,
      String modelVersion) {}

  public Submission(MerchantLink link, Scored scored, Instant receivedAt) {
    this.id = TimeOrderedIds.next();
    this.linkId = link.id();
    this.marketplaceId = link.marketplaceId();
    this.payloadHash = Objects.requireNonNull(scored.payloadHash(), "payloadHash");
    this.payload = Objects.requireNonNull(scored.payload(), "payload");
    this.score = Objects.requireNonNull(scored.scoreJson(), "scoreJson");
    if (scored.totalScore() < 0 || scored.totalScore() > 100) {
      throw new IllegalArgumentException("totalScore must be 0-100: " + scored.totalScore());
    }
    this.totalScore = scored.totalScore();
    this.riskTier = Objects.requireNonNull(scored.riskTier(), "riskTier");
    this.maxLendingAmount =
        scored.maxLendingAmount().setScale(2, RoundingMode.UNNECESSARY); // cents, never rounded
    this.currency = Objects.requireNonNull(scored.currency(), "currency");
    this.modelVersion = Objects.requireNonNull(scored.modelVersion(), "modelVersion");
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /** The {@code transactionId}. */
  public UUID id() {
    return id;
  }

  public UUID linkId() {
    return linkId;
  }

  public UUID marketplaceId() {
    return marketplaceId;
  }

  public String payloadHash() {
    return payloadHash;
  }

  public String payload() {
    return payload;
  }

  public String scoreJson() {
    return score;
  }

  public int totalScore() {
    return totalScore;
  }

  public String riskTier() {
    return riskTier;
  }

  public BigDecimal maxLendingAmount() {
    return maxLendingAmount;
  }

  public String currency() {
    return currency;
  }

  public String modelVersion() {
    return modelVersion;
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
