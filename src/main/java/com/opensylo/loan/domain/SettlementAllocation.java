package com.opensylo.loan.domain;

import com.opensylo.shared.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One deduction listed in one settlement: immutable, and unique per deduction (a deduction is in at
 * most one settlement, which the database's unique key holds across nodes).
 */
@Entity
@Immutable
@Table(name = "settlement_allocation")
public class SettlementAllocation {

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  private UUID id;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "settlement_id", nullable = false, length = 36)
  private UUID settlementId;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "entry_id", nullable = false, length = 36)
  private UUID entryId;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SettlementAllocation() {}

  public SettlementAllocation(Settlement settlement, LedgerEntry deduction, Instant now) {
    if (deduction.type() != EntryType.DEDUCTION) {
      throw new IllegalArgumentException("Only deductions are settled");
    }
    Money amount = deduction.money();
    this.id = UUID.randomUUID();
    this.settlementId = settlement.id();
    this.entryId = deduction.id();
    this.amount = amount.amount();
    this.createdAt = now;
  }

  public UUID settlementId() {
    return settlementId;
  }

  public UUID entryId() {
    return entryId;
  }
}
