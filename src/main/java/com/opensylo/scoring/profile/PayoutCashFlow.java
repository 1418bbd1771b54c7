package com.opensylo.scoring.profile;

import java.math.BigDecimal;
import java.util.Objects;

/** SPEC §6 {@code payoutCashFlow}. */
public record PayoutCashFlow(
    PayoutFrequency payoutFrequency,
    BigDecimal avgPayoutValue,
    int failedPayouts,
    int payoutCount90Days) {

  public PayoutCashFlow {
    Objects.requireNonNull(payoutFrequency, "payoutFrequency");
    Checks.nonNegative(avgPayoutValue, "avgPayoutValue");
    Checks.count(failedPayouts, "failedPayouts");
    Checks.count(payoutCount90Days, "payoutCount90Days");
  }

  /** SPEC §6 {@code payoutFrequency}, with the payouts a month it stands for (what is scored). */
  public enum PayoutFrequency {
    DAILY(30),
    WEEKLY(4),
    BI_WEEKLY(2),
    MONTHLY(1);

    private final int payoutsPerMonth;

    PayoutFrequency(int payoutsPerMonth) {
      this.payoutsPerMonth = payoutsPerMonth;
    }

    public int payoutsPerMonth() {
      return payoutsPerMonth;
    }
  }
}
