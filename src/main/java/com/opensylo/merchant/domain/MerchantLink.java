package com.opensylo.merchant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An OpenSylo merchant account known to a marketplace under the marketplace's own {@code
 * merchantId}: one-to-one within the marketplace (neither side may link twice), made the first time
 * the merchant's own delegated token submits data. The same {@code merchantId} under two
 * marketplaces is two links, so two merchants.
 */
@Entity
@Immutable
@Table(name = "merchant_link")
public class MerchantLink {

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  private UUID id;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "marketplace_id", nullable = false, length = 36)
  private UUID marketplaceId;

  @Column(name = "merchant_ref", nullable = false, length = 128)
  private String merchantRef;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "merchant_account_id", nullable = false, length = 36)
  private UUID merchantAccountId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected MerchantLink() {}

  public MerchantLink(
      UUID marketplaceId, String merchantRef, UUID merchantAccountId, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.marketplaceId = Objects.requireNonNull(marketplaceId, "marketplaceId");
    this.merchantRef = Objects.requireNonNull(merchantRef, "merchantRef");
    this.merchantAccountId = Objects.requireNonNull(merchantAccountId, "merchantAccountId");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Whether this link is the merchant account {@code accountId}'s. */
  public boolean isFor(UUID accountId) {
    return merchantAccountId.equals(accountId);
  }

  public UUID id() {
    return id;
  }

  public UUID marketplaceId() {
    return marketplaceId;
  }

  /** The marketplace's own id of the merchant ({@code merchantId} in the API). */
  public String merchantRef() {
    return merchantRef;
  }

  public UUID merchantAccountId() {
    return merchantAccountId;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
