package com.opensylo.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void keepsTwoDecimalsExactly() {
    assertThat(Money.of("10", "NGN").amount()).isEqualByComparingTo("10.00");
    assertThat(Money.of("10", "NGN").amount().scale()).isEqualTo(2);
    assertThat(Money.of("0.1", "NGN").plus(Money.of("0.2", "NGN")))
        .isEqualTo(Money.of("0.30", "NGN"));
  }

  @Test
  void refusesFractionsOfACent() {
    assertThatThrownBy(() -> Money.of("1.005", "NGN")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptsTrailingZerosBeyondTwoDecimals() {
    assertThat(Money.of("1.500", "NGN")).isEqualTo(Money.of("1.50", "NGN"));
  }

  @Test
  void neverMixesCurrencies() {
    assertThatThrownBy(() -> Money.of("1", "NGN").plus(Money.of("1", "KES")))
        .isInstanceOf(Money.CurrencyMismatchException.class);
    assertThatThrownBy(() -> Money.of("1", "NGN").compareTo(Money.of("1", "KES")))
        .isInstanceOf(Money.CurrencyMismatchException.class);
  }

  @Test
  void percentRoundsHalfEvenToCents() {
    assertThat(Money.of("100.05", "NGN").percent(new BigDecimal("10")))
        .isEqualTo(Money.of("10.00", "NGN"));
    assertThat(Money.of("100.15", "NGN").percent(new BigDecimal("10")))
        .isEqualTo(Money.of("10.02", "NGN"));
    assertThat(Money.of("333.33", "NGN").percent(new BigDecimal("12.5")))
        .isEqualTo(Money.of("41.67", "NGN"));
  }

  @Test
  void minAndSigns() {
    Money a = Money.of("5", "NGN");
    Money b = Money.of("7.5", "NGN");
    assertThat(a.min(b)).isEqualTo(a);
    assertThat(a.minus(b).isNegative()).isTrue();
    assertThat(a.minus(a).isZero()).isTrue();
    assertThat(b.toString()).isEqualTo("7.50 NGN");
  }
}
