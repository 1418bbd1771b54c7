package com.opensylo.loan.domain;

import com.opensylo.shared.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A loan to one linked merchant of one marketplace, with its status machine and the running total
 * of its ledger. {@code totalPaid} is the sum of the loan's {@link LedgerEntry ledger entries}: it
 * changes only together with a new entry, in the same transaction, while the loan's row is locked
 * ({@code SELECT … FOR UPDATE}), so concurrent deductions never lose an update; the ledger
 * invariant check recomputes it from the entries. The outstanding balance is derived, never stored.
 * {@code version} rises with every change and orders the loan's events for receivers.
 */
@Entity
@Table(name = "loan")
public class Loan {

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  private UUID id;

  @Column(nullable = false, length = 32, updatable = false)
  private String reference;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "marketplace_id", nullable = false, length = 36, updatable = false)
  private UUID marketplaceId;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "merchant_link_id", nullable = false, length = 36, updatable = false)
  private UUID merchantLinkId;

  @Column(name = "merchant_ref", nullable = false, length = 128, updatable = false)
  private String merchantRef;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "merchant_account_id", nullable = false, length = 36, updatable = false)
  private UUID merchantAccountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private LoanStatus status;

  @Column(name = "principal_amount", nullable = false, precision = 19, scale = 2)
  private BigDecimal principalAmount;

  @Column(name = "fee_amount", nullable = false, precision = 19, scale = 2)
  private BigDecimal feeAmount;

  @Column(name = "total_repayable", nullable = false, precision = 19, scale = 2)
  private BigDecimal totalRepayable;

  @Column(name = "total_paid", nullable = false, precision = 19, scale = 2)
  private BigDecimal totalPaid;

  @Column(nullable = false, length = 3, updatable = false)
  private String currency;

  /** Percent of each sale deducted, e.g. 10.00. */
  @Column(name = "deduction_rate", nullable = false, precision = 5, scale = 2)
  private BigDecimal deductionRate;

  @Column(name = "deductions_count", nullable = false)
  private int deductionsCount;

  @Column(name = "last_deduction_at")
  private Instant lastDeductionAt;

  @Column(name = "disbursed_at")
  private Instant disbursedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Loan() {}

  /** What an operator asks for; checked against the merchant's score by the origination service. */
  public record Terms(Money principal, Money fee, BigDecimal deductionRate) {
    public Terms {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(fee, "fee");
      Objects.requireNonNull(deductionRate, "deductionRate");
      if (principal.isNegative() || principal.isZero() || fee.isNegative()) {
        throw new IllegalArgumentException("principal must be > 0 and fee >= 0");
      }
      principal.plus(fee); // same currency
    }
  }

  /** The merchant a loan is for, as its marketplace links it. */
  public record Borrower(UUID marketplaceId, UUID linkId, String merchantRef, UUID accountId) {}

  /** A new APPROVED loan. */
  public Loan(String reference, Borrower borrower, Terms terms, Instant now) {
    this.id = UUID.randomUUID();
    this.reference = Objects.requireNonNull(reference, "reference");
    this.marketplaceId = borrower.marketplaceId();
    this.merchantLinkId = borrower.linkId();
    this.merchantRef = borrower.merchantRef();
    this.merchantAccountId = borrower.accountId();
    this.status = LoanStatus.APPROVED;
    this.principalAmount = terms.principal().amount();
    this.feeAmount = terms.fee().amount();
    this.totalRepayable = terms.principal().plus(terms.fee()).amount();
    this.totalPaid = BigDecimal.ZERO.setScale(Money.SCALE);
    this.currency = terms.principal().currency().getCurrencyCode();
    this.deductionRate = terms.deductionRate().setScale(2, RoundingMode.UNNECESSARY);
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** APPROVED → ACTIVE: the money went out. */
  public void disburse(Instant now) {
    require(LoanStatus.APPROVED, "disbursed", "APPROVED");
    status = LoanStatus.ACTIVE;
    disbursedAt = now;
    updatedAt = now;
  }

  /** APPROVED → CANCELLED. */
  public void cancel(Instant now) {
    require(LoanStatus.APPROVED, "cancelled", "APPROVED");
    status = LoanStatus.CANCELLED;
    updatedAt = now;
  }

  /** ACTIVE → DEFAULTED. */
  public void markDefaulted(Instant now) {
    require(LoanStatus.ACTIVE, "defaulted", "ACTIVE");
    status = LoanStatus.DEFAULTED;
    updatedAt = now;
  }

  /** DEFAULTED → WRITTEN_OFF (a loss is recognised only once the loan has defaulted). */
  public void writeOff(Instant now) {
    require(LoanStatus.DEFAULTED, "written off", "DEFAULTED");
    status = LoanStatus.WRITTEN_OFF;
    updatedAt = now;
  }

  /**
   * Applies a deduction the ledger has just recorded as {@code entry}; ACTIVE → COMPLETED when the
   * balance reaches zero.
   *
   * @return whether the loan completed
   * @throws LoanStateException when the loan is not ACTIVE
   * @throws IllegalArgumentException for another currency or more than the outstanding balance (the
   *     service checks both first, with their own answers)
   */
  public boolean apply(LedgerEntry entry, Instant now) {
    require(LoanStatus.ACTIVE, "repaid", "ACTIVE");
    Money amount = entry.money();
    if (amount.compareTo(outstanding()) > 0 || !amount.currency().equals(currencyUnit())) {
      throw new IllegalArgumentException("A deduction of " + amount + " does not fit " + reference);
    }
    totalPaid = totalPaid.add(amount.amount());
    deductionsCount++;
    if (lastDeductionAt == null || entry.occurredAt().isAfter(lastDeductionAt)) {
      lastDeductionAt = entry.occurredAt(); // events arrive out of order; the latest sale counts
    }
    updatedAt = now;
    if (outstanding().isZero()) {
      status = LoanStatus.COMPLETED;
      completedAt = now;
      return true;
    }
    return false;
  }

  /**
   * Undoes a deduction by its reversal {@code entry} (a negative amount); a COMPLETED loan becomes
   * ACTIVE again.
   *
   * @return whether the loan was COMPLETED and is ACTIVE again
   */
  public boolean reverse(LedgerEntry entry, Instant now) {
    if (status != LoanStatus.ACTIVE && status != LoanStatus.COMPLETED) {
      throw new LoanStateException(status, "reversed", "ACTIVE or COMPLETED");
    }
    Money amount = entry.money(); // negative
    if (!amount.isNegative() || totalPaid.add(amount.amount()).signum() < 0) {
      throw new IllegalArgumentException("A reversal of " + amount + " does not fit " + reference);
    }
    totalPaid = totalPaid.add(amount.amount());
    deductionsCount--;
    updatedAt = now;
    if (status == LoanStatus.COMPLETED) {
      status = LoanStatus.ACTIVE;
      completedAt = null;
      return true;
    }
    return false;
  }

  private void require(LoanStatus expected, String action, String allowed) {
    if (status != expected) {
      throw new LoanStateException(status, action, allowed);
    }
  }

  /** {@code totalRepayable − totalPaid}, exact. */
  public Money outstanding() {
    return money(totalRepayable).minus(money(totalPaid));
  }

  public Money totalRepayable() {
    return money(totalRepayable);
  }

  public Money totalPaid() {
    return money(totalPaid);
  }

  public Money principal() {
    return money(principalAmount);
  }

  public Money fee() {
    return money(feeAmount);
  }

  /**
   * What this loan takes from a sale of {@code sale}: {@code min(sale × rate, outstanding)}, the
   * product rounded half-even to the currency's minor unit.
   */
  public Money expectedDeduction(Money sale) {
    BigDecimal exact = sale.amount().multiply(deductionRate).movePointLeft(2);
    Money share =
        new Money(exact.setScale(Money.minorUnits(currencyUnit()), Money.ROUNDING), currencyUnit());
    return share.min(outstanding());
  }

  /** Paid so far as a percentage of the total repayable, two decimals, rounded down. */
  public BigDecimal percentPaid() {
    return totalPaid.multiply(BigDecimal.valueOf(100)).divide(totalRepayable, 2, RoundingMode.DOWN);
  }

  /** Whether the marketplace should deduct from this merchant's sales for this loan. */
  public boolean takesDeductions() {
    return status == LoanStatus.ACTIVE && !outstanding().isZero();
  }

  private Money money(BigDecimal amount) {
    return new Money(amount, currencyUnit());
  }

  public Currency currencyUnit() {
    return Currency.getInstance(currency);
  }

  public UUID id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public UUID marketplaceId() {
    return marketplaceId;
  }

  public UUID merchantLinkId() {
    return merchantLinkId;
  }

  public String merchantRef() {
    return merchantRef;
  }

  public UUID merchantAccountId() {
    return merchantAccountId;
  }

  public LoanStatus status() {
    return status;
  }

  public String currency() {
    return currency;
  }

  public BigDecimal deductionRate() {
    return deductionRate;
  }

  public int deductionsCount() {
    return deductionsCount;
  }

  public Instant lastDeductionAt() {
    return lastDeductionAt;
  }

  public Instant disbursedAt() {
    return disbursedAt;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
