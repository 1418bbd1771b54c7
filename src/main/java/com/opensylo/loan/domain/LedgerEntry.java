package com.opensylo.loan.domain;

import com.opensylo.shared.money.Money;
import com.opensylo.shared.persistence.TimeOrderedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One immutable line of a loan's ledger: a deduction (positive) or the reversal of one (the same
 * amount, negative). Never updated, never deleted ({@link Immutable}: Hibernate issues no UPDATE
 * for it). A deduction's reference is applied once per marketplace and a deduction is reversed at
 * most once; the database's unique keys hold both across nodes.
 */
@Entity
@Immutable
@Table(name = "loan_ledger_entry")
public class LedgerEntry {

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  private UUID id;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "loan_id", nullable = false, length = 36)
  private UUID loanId;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "marketplace_id", nullable = false, length = 36)
  private UUID marketplaceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_type", nullable = false, length = 16)
  private EntryType type;

  /** The marketplace's deduction reference (for a reversal: the reversed deduction's). */
  @Column(nullable = false, length = 128)
  private String reference;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false, length = 3)
  private String currency;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "reverses_entry_id", length = 36)
  private UUID reversesEntryId;

  /** The inbound event that made this entry. */
  @Column(name = "event_id", nullable = false, length = 128)
  private String eventId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected LedgerEntry() {}

  private LedgerEntry(
      Loan loan,
      EntryType type,
      String reference,
      Money amount,
      UUID reversesEntryId,
      String eventId,
      Instant occurredAt,
      Instant recordedAt) {
    this.id = TimeOrderedIds.next();
    this.loanId = loan.id();
    this.marketplaceId = loan.marketplaceId();
    this.type = type;
    this.reference = Objects.requireNonNull(reference, "reference");
    this.amount = amount.amount();
    this.currency = amount.currency().getCurrencyCode();
    this.reversesEntryId = reversesEntryId;
    this.eventId = Objects.requireNonNull(eventId, "eventId");
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** A deduction of {@code amount} (positive) from the merchant's sales for {@code loan}. */
  public static LedgerEntry deduction(
      Loan loan, String reference, Money amount, String eventId, Instant at, Instant now) {
    if (amount.isNegative() || amount.isZero()) {
      throw new IllegalArgumentException("A deduction is positive: " + amount);
    }
    return new LedgerEntry(loan, EntryType.DEDUCTION, reference, amount, null, eventId, at, now);
  }

  /** The reversal of {@code deduction}: the same amount, negative, under its reference. */
  public static LedgerEntry reversalOf(
      Loan loan, LedgerEntry deduction, String eventId, Instant at, Instant now) {
    if (deduction.type != EntryType.DEDUCTION || !deduction.loanId.equals(loan.id())) {
      throw new IllegalArgumentException("Only a deduction of this loan can be reversed");
    }
    return new LedgerEntry(
        loan,
        EntryType.REVERSAL,
        deduction.reference,
        Money.zero(deduction.money().currency()).minus(deduction.money()),
        deduction.id,
        eventId,
        at,
        now);
  }

  public Money money() {
    return new Money(amount, Currency.getInstance(currency));
  }

  public UUID id() {
    return id;
  }

  public UUID loanId() {
    return loanId;
  }

  public UUID marketplaceId() {
    return marketplaceId;
  }

  public EntryType type() {
    return type;
  }

  public String reference() {
    return reference;
  }

  public UUID reversesEntryId() {
    return reversesEntryId;
  }

  public String eventId() {
    return eventId;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
