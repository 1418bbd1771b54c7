package com.opensylo.loan.domain;

import com.opensylo.shared.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A marketplace's settlement of deductions it collected (SPEC §8): created listing its deductions
 * ({@link SettlementAllocation}s, immutable), then marked transferred once the money arrived, which
 * settles those deductions.
 */
@Entity
@Table(name = "settlement")
public class Settlement {

  /** CREATED until the transfer is reported, then TRANSFERRED. */
  public static final String CREATED = "CREATED";

  public static final String TRANSFERRED = "TRANSFERRED";

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  private UUID id;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "marketplace_id", nullable = false, length = 36, updatable = false)
  private UUID marketplaceId;

  @Column(nullable = false, length = 128, updatable = false)
  private String reference;

  @Column(name = "period_start", length = 40, updatable = false)
  private String periodStart;

  @Column(name = "period_end", length = 40, updatable = false)
  private String periodEnd;

  @Column(name = "total_amount", nullable = false, precision = 19, scale = 2, updatable = false)
  private BigDecimal totalAmount;

  @Column(nullable = false, length = 3, updatable = false)
  private String currency;

  @Column(nullable = false, length = 16)
  private String status;

  @Column(name = "bank_reference", length = 128)
  private String bankReference;

  @Column(name = "transferred_amount", precision = 19, scale = 2)
  private BigDecimal transferredAmount;

  @Column(name = "transferred_at")
  private Instant transferredAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Settlement() {}

  public Settlement(
      UUID marketplaceId,
      String reference,
      String periodStart,
      String periodEnd,
      Money total,
      Instant now) {
    this.id = UUID.randomUUID();
    this.marketplaceId = Objects.requireNonNull(marketplaceId, "marketplaceId");
    this.reference = Objects.requireNonNull(reference, "reference");
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.totalAmount = total.amount();
    this.currency = total.currency().getCurrencyCode();
    this.status = CREATED;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Records the transfer; the caller has checked it is not transferred yet. */
  public void transferred(String bankReference, Money amount, Instant at, Instant now) {
    if (isTransferred()) {
      throw new IllegalStateException("Settlement " + reference + " is transferred already");
    }
    this.status = TRANSFERRED;
    this.bankReference = bankReference;
    this.transferredAmount = amount.amount();
    this.transferredAt = at;
    this.updatedAt = now;
  }

  public boolean isTransferred() {
    return TRANSFERRED.equals(status);
  }

  public Money total() {
    return new Money(totalAmount, Currency.getInstance(currency));
  }

  public UUID id() {
    return id;
  }

  public UUID marketplaceId() {
    return marketplaceId;
  }

  public String reference() {
    return reference;
  }

  public String status() {
    return status;
  }
}
