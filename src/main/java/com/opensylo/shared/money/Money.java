package com.opensylo.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of one currency, in major units with two decimals (SPEC §2). Arithmetic never
 * mixes currencies and never loses a cent silently: inputs with more than two decimals are refused,
 * and the only rounding is the explicit, half-even rounding of {@link #percent(BigDecimal)}.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /** Decimals kept for every amount. */
  public static final int SCALE = 2;

  /** Rounding used where a computation yields more decimals than {@link #SCALE}. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.stripTrailingZeros().scale() > SCALE) {
      throw new IllegalArgumentException(
          "An amount has at most " + SCALE + " decimals: " + amount.toPlainString());
    }
    amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
  }

  /**
   * The decimals an amount of {@code currency} may carry: its ISO 4217 minor unit (2 for NGN, 0 for
   * JPY), never more than {@link #SCALE}.
   */
  public static int minorUnits(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    return digits < 0 ? 0 : Math.min(digits, SCALE);
  }

  /** Whether {@code amount} has no more decimals than {@code currency}'s minor unit. */
  public static boolean fitsMinorUnit(BigDecimal amount, Currency currency) {
    return amount.stripTrailingZeros().scale() <= minorUnits(currency);
  }

  /** {@code amount} of the currency with ISO 4217 code {@code currencyCode}. */
  public static Money of(BigDecimal amount, String currencyCode) {
    return new Money(amount, Currency.getInstance(currencyCode));
  }

  /** {@code amount} (given as a decimal string, e.g. {@code "12.50"}) of {@code currencyCode}. */
  public static Money of(String amount, String currencyCode) {
    return of(new BigDecimal(amount), currencyCode);
  }

  /** Zero of the given currency. */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  /**
   * {@code percent} % of this amount, rounded half-even to cents (e.g. a 10 % deduction of a sale).
   */
  public Money percent(BigDecimal percent) {
    BigDecimal exact = amount.multiply(percent).movePointLeft(2);
    return new Money(exact.setScale(SCALE, ROUNDING), currency);
  }

  /** The smaller of two amounts of the same currency. */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  private Money sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
    return other;
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }

  /** Raised when an operation would combine two currencies. */
  public static final class CurrencyMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    CurrencyMismatchException(Currency left, Currency right) {
      super("Cannot combine " + left.getCurrencyCode() + " with " + right.getCurrencyCode());
    }
  }
}
