package com.opensylo.loan.domain;

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
 * An inbound event whose reported {@code loan_balance} disagreed with the ledger after the event
 * was applied (from the ledger): kept for reconciliation, never changed.
 */
@Entity
@Immutable
@Table(name = "balance_discrepancy")
public class BalanceDiscrepancy {

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  private UUID id;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "marketplace_id", nullable = false, length = 36)
  private UUID marketplaceId;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "loan_id", nullable = false, length = 36)
  private UUID loanId;

  @Column(name = "event_id", nullable = false, length = 128)
  private String eventId;

  @Column(name = "event_type", nullable = false, length = 64)
  private String eventType;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "reported_total_due", precision = 19, scale = 2)
  private BigDecimal reportedTotalDue;

  @Column(name = "reported_total_paid", precision = 19, scale = 2)
  private BigDecimal reportedTotalPaid;

  @Column(name = "reported_outstanding", precision = 19, scale = 2)
  private BigDecimal reportedOutstanding;

  @Column(name = "ledger_total_due", nullable = false, precision = 19, scale = 2)
  private BigDecimal ledgerTotalDue;

  @Column(name = "ledger_total_paid", nullable = false, precision = 19, scale = 2)
  private BigDecimal ledgerTotalPaid;

  @Column(name = "ledger_outstanding", nullable = false, precision = 19, scale = 2)
  private BigDecimal ledgerOutstanding;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected BalanceDiscrepancy() {}

  /** A balance as one side tells it; any amount may be absent from a report. */
  public record Balance(BigDecimal totalDue, BigDecimal totalPaid, BigDecimal outstanding) {

    /** Whether every amount {@code reported} names equals this (the ledger's) one. */
    public boolean agreesWith(Balance reported) {
      return same(reported.totalDue, totalDue)
          && same(reported.totalPaid, totalPaid)
          && same(reported.outstanding, outstanding);
    }

    private static boolean same(BigDecimal reported, BigDecimal ledger) {
      return reported == null || reported.compareTo(ledger) == 0;
    }
  }

  public BalanceDiscrepancy(
      Loan loan, String eventId, String eventType, Balance reported, Balance ledger, Instant now) {
    this.id = UUID.randomUUID();
    this.marketplaceId = loan.marketplaceId();
    this.loanId = loan.id();
    this.eventId = eventId;
    this.eventType = eventType;
    this.currency = loan.currency();
    this.reportedTotalDue = reported.totalDue();
    this.reportedTotalPaid = reported.totalPaid();
    this.reportedOutstanding = reported.outstanding();
    this.ledgerTotalDue = ledger.totalDue();
    this.ledgerTotalPaid = ledger.totalPaid();
    this.ledgerOutstanding = ledger.outstanding();
    this.recordedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID marketplaceId() {
    return marketplaceId;
  }

  public UUID loanId() {
    return loanId;
  }

  public String eventId() {
    return eventId;
  }

  public String eventType() {
    return eventType;
  }

  public String currency() {
    return currency;
  }

  public Balance reported() {
    return new Balance(reportedTotalDue, reportedTotalPaid, reportedOutstanding);
  }

  public Balance ledger() {
    return new Balance(ledgerTotalDue, ledgerTotalPaid, ledgerOutstanding);
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
