package com.opensylo.scoring;

import com.opensylo.scoring.profile.BehavioralRisk;
import com.opensylo.scoring.profile.FulfillmentMetrics;
import com.opensylo.scoring.profile.HistoricalCredit;
import com.opensylo.scoring.profile.MerchantIdentity;
import com.opensylo.scoring.profile.MerchantIdentity.BusinessType;
import com.opensylo.scoring.profile.MerchantProfile;
import com.opensylo.scoring.profile.MonthlyRevenue;
import com.opensylo.scoring.profile.PayoutCashFlow;
import com.opensylo.scoring.profile.PayoutCashFlow.PayoutFrequency;
import com.opensylo.scoring.profile.PlatformDependency;
import com.opensylo.scoring.profile.RevenueConsistency;
import com.opensylo.scoring.profile.SalesPerformance;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Merchant profiles for the model's tests: the best possible one, and blocks to vary from it. */
final class Profiles {

  static final Instant SCORED_AT = Instant.parse("2026-06-15T12:00:00Z");
  static final Currency NGN = Currency.getInstance("NGN");

  private Profiles() {}

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  static MerchantIdentity identity(boolean verified) {
    return new MerchantIdentity(
        "m-1",
        "Ada Stores",
        BusinessType.REGISTERED_BUSINESS,
        LocalDate.parse("2023-01-10"),
        verified,
        "NG",
        "electronics");
  }

  /** Every metric in its best bin; average monthly sales 100,000. */
  static SalesPerformance bestSales() {
    return new SalesPerformance(
        d("100000"), d("300000"), d("600000"), d("100000"), 600, d("500"), d("6"));
  }

  /** Twelve steady months of 100,000 ending 2026-05. */
  static List<MonthlyRevenue> steadyMonths(String amount, int count) {
    List<MonthlyRevenue> months = new ArrayList<>();
    YearMonth last = YearMonth.of(2026, 5);
    for (int i = count - 1; i >= 0; i--) {
      months.add(new MonthlyRevenue(last.minusMonths(i), d(amount)));
    }
    return months;
  }

  static RevenueConsistency bestRevenue() {
    return new RevenueConsistency(steadyMonths("100000", 12), 28, 2, 12);
  }

  static FulfillmentMetrics bestFulfillment() {
    return new FulfillmentMetrics(d("99"), d("1"), d("1"), d("0.2"), d("2"));
  }

  static PayoutCashFlow bestPayouts() {
    return new PayoutCashFlow(PayoutFrequency.DAILY, d("3300"), 0, 90);
  }

  static PlatformDependency bestPlatform() {
    return new PlatformDependency(36, d("80"), true, 50, d("40"));
  }

  static HistoricalCredit bestCredit() {
    return new HistoricalCredit(3, 3, 0, d("100"), false, d("0"));
  }

  static BehavioralRisk cleanRisk() {
    return new BehavioralRisk(0, false, false, false);
  }

  /** The best possible profile: 100 points, tier A, cap 40,000. */
  static MerchantProfile best() {
    return new MerchantProfile(
        identity(true),
        bestSales(),
        bestRevenue(),
        bestFulfillment(),
        bestPayouts(),
        bestPlatform(),
        bestCredit(),
        cleanRisk(),
        NGN,
        SCORED_AT);
  }

  static Builder builder() {
    return new Builder();
  }

  /** The best profile with blocks replaced or removed (null). */
  static final class Builder {
    MerchantIdentity identity = Profiles.identity(true);
    SalesPerformance sales = bestSales();
    RevenueConsistency revenue = bestRevenue();
    FulfillmentMetrics fulfillment = bestFulfillment();
    PayoutCashFlow payouts = bestPayouts();
    PlatformDependency platform = bestPlatform();
    HistoricalCredit credit = bestCredit();
    BehavioralRisk risk = cleanRisk();

    Builder identity(MerchantIdentity value) {
      identity = value;
      return this;
    }

    Builder sales(SalesPerformance value) {
      sales = value;
      return this;
    }

    Builder revenue(RevenueConsistency value) {
      revenue = value;
      return this;
    }

    Builder fulfillment(FulfillmentMetrics value) {
      fulfillment = value;
      return this;
    }

    Builder payouts(PayoutCashFlow value) {
      payouts = value;
      return this;
    }

    Builder platform(PlatformDependency value) {
      platform = value;
      return this;
    }

    Builder credit(HistoricalCredit value) {
      credit = value;
      return this;
    }

    Builder risk(BehavioralRisk value) {
      risk = value;
      return this;
    }

    MerchantProfile build() {
      return new MerchantProfile(
          identity, sales, revenue, fulfillment, payouts, platform, credit, risk, NGN, SCORED_AT);
    }
  }
}
