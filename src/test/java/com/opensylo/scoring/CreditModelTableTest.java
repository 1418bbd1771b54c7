package com.opensylo.scoring;

import static com.opensylo.scoring.Profiles.builder;
import static com.opensylo.scoring.Profiles.d;
import static com.opensylo.scoring.Profiles.identity;
import static com.opensylo.scoring.Profiles.steadyMonths;
import static com.opensylo.scoring.scorecard.RiskFlag.FRAUD_FLAG;
import static com.opensylo.scoring.scorecard.RiskFlag.LINKED_ACCOUNTS;
import static com.opensylo.scoring.scorecard.RiskFlag.RECENT_SUSPENSION;
import static com.opensylo.scoring.scorecard.RiskFlag.RISK_DATA_MISSING;
import static com.opensylo.scoring.scorecard.RiskFlag.SUDDEN_GMV_SPIKE;
import static com.opensylo.scoring.scorecard.RiskFlag.UNVERIFIED_IDENTITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.opensylo.scoring.profile.BehavioralRisk;
import com.opensylo.scoring.profile.FulfillmentMetrics;
import com.opensylo.scoring.profile.HistoricalCredit;
import com.opensylo.scoring.profile.MerchantProfile;
import com.opensylo.scoring.profile.MonthlyRevenue;
import com.opensylo.scoring.profile.PlatformDependency;
import com.opensylo.scoring.profile.RevenueConsistency;
import com.opensylo.scoring.profile.SalesPerformance;
import com.opensylo.scoring.scorecard.RiskFlag;
import com.opensylo.scoring.scorecard.RiskTier;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Merchant profiles with their expected score, tier, cap, flags and first reason, worked out by
 * hand from scorecard-v1 (every case starts from the best profile: 100 points, average monthly
 * sales 100,000, and says what it loses).
 */
class CreditModelTableTest {

  private static final CreditModel MODEL = CreditModel.current();

  /** Fulfilment rate 97 %: bin ≥ 95 (2 of 3), the simplest way to lose exactly one point. */
  private static FulfillmentMetrics fulfillment97() {
    return new FulfillmentMetrics(d("97"), d("1"), d("1"), d("0.2"), d("2"));
  }

  /** Months on platform 12: bin ≥ 12 (3 of 4), one point lost. */
  private static PlatformDependency platform12Months() {
    return new PlatformDependency(12, d("80"), true, 50, d("40"));
  }

  private static RevenueConsistency revenueWith(List<MonthlyRevenue> months) {
    return new RevenueConsistency(months, 28, 2, 12);
  }

  /** Eleven months of 100,000 and one of 500,000 at {@code spikeIndex} (0 = oldest). */
  private static List<MonthlyRevenue> withSpike(int spikeIndex) {
    List<MonthlyRevenue> months = new ArrayList<>(steadyMonths("100000", 12));
    YearMonth month = months.get(spikeIndex).month();
    months.set(spikeIndex, new MonthlyRevenue(month, d("500000")));
    return months;
  }

  static Stream<Arguments> profiles() {
    return Stream.of(
        row("best profile", builder(), 100, RiskTier.A, "40000.00", List.of(), null),
        // Tier boundaries 79/80, 64/65, 49/50, 34/35.
        row(
            "80: revenue block missing (-20), cap from avgMonthlySales",
            builder().revenue(null),
            80,
            RiskTier.A,
            "40000.00",
            List.of(),
            "REVENUE_DATA_MISSING"),
        row(
            "79: revenue missing (-20), fulfilment 97% (-1)",
            builder().revenue(null).fulfillment(fulfillment97()),
            79,
            RiskTier.B,
            "30000.00",
            List.of(),
            "REVENUE_DATA_MISSING"),
        row(
            "65: sales (-25) and platform (-10) missing, cap from the series",
            builder().sales(null).platform(null),
            65,
            RiskTier.B,
            "30000.00",
            List.of(),
            "SALES_DATA_MISSING"),
        row(
            "64: sales (-25), platform (-10) missing, fulfilment 97% (-1)",
            builder().sales(null).platform(null).fulfillment(fulfillment97()),
            64,
            RiskTier.C,
            "20000.00",
            List.of(),
            "SALES_DATA_MISSING"),
        row(
            "50: fulfilment, payouts, credit missing (-45), unverified (-5)",
            builder().fulfillment(null).payouts(null).credit(null).identity(identity(false)),
            50,
            RiskTier.C,
            "20000.00",
            List.of(UNVERIFIED_IDENTITY),
            "FULFILLMENT_DATA_MISSING"),
        row(
            "49: as 50, and 12 months on platform (-1)",
            builder()
                .fulfillment(null)
                .payouts(null)
                .credit(null)
                .identity(identity(false))
                .platform(platform12Months()),
            49,
            RiskTier.D,
            "10000.00",
            List.of(UNVERIFIED_IDENTITY),
            "FULFILLMENT_DATA_MISSING"),
        row(
            "35: revenue, fulfilment, payouts, credit missing (-65)",
            builder().revenue(null).fulfillment(null).payouts(null).credit(null),
            35,
            RiskTier.D,
            "10000.00",
            List.of(),
            "REVENUE_DATA_MISSING"),
        row(
            "34: as 35, and 12 months on platform (-1): tier E lends nothing",
            builder()
                .revenue(null)
                .fulfillment(null)
                .payouts(null)
                .credit(null)
                .platform(platform12Months()),
            34,
            RiskTier.E,
            "0.00",
            List.of(),
            "REVENUE_DATA_MISSING"),
        // Overrides.
        row(
            "fraud flag: 60 points would be C, the flag caps at E",
            builder().risk(new BehavioralRisk(0, true, false, false)),
            60,
            RiskTier.E,
            "0.00",
            List.of(FRAUD_FLAG),
            "FRAUD_FLAG"),
        row(
            "fraud flag with four blocks missing: 25 - 40 clamps to 0",
            builder()
                .sales(null)
                .revenue(null)
                .fulfillment(null)
                .payouts(null)
                .risk(new BehavioralRisk(0, true, false, false)),
            0,
            RiskTier.E,
            "0.00",
            List.of(FRAUD_FLAG),
            "FRAUD_FLAG"),
        row(
            "one suspension: 90 points, capped at D",
            builder().risk(new BehavioralRisk(1, false, false, false)),
            90,
            RiskTier.D,
            "10000.00",
            List.of(RECENT_SUSPENSION),
            "RECENT_SUSPENSION"),
        row(
            "three suspensions: penalty stops at 20",
            builder().risk(new BehavioralRisk(3, false, false, false)),
            80,
            RiskTier.D,
            "10000.00",
            List.of(RECENT_SUSPENSION),
            "RECENT_SUSPENSION"),
        row(
            "reported GMV spikes: 90 points, capped at C",
            builder().risk(new BehavioralRisk(0, false, true, false)),
            90,
            RiskTier.C,
            "20000.00",
            List.of(SUDDEN_GMV_SPIKE),
            "SUDDEN_GMV_SPIKE"),
        row(
            "spike in the last month: flagged (-10), volatility 82.9% (-5), left out of the cap",
            builder()
                .revenue(revenueWith(withSpike(11)))
                .sales(
                    new SalesPerformance(
                        d("500000"),
                        d("700000"),
                        d("1000000"),
                        d("133333.33"),
                        600,
                        d("500"),
                        d("6"))),
            85,
            RiskTier.C,
            "20000.00",
            List.of(SUDDEN_GMV_SPIKE),
            "SUDDEN_GMV_SPIKE"),
        row(
            "spike a year ago: not flagged, still left out of the cap",
            builder().revenue(revenueWith(withSpike(0))),
            95,
            RiskTier.A,
            "40000.00",
            List.of(),
            "REVENUE_VOLATILE"),
        row(
            "behavioural risk missing: -10, capped at C",
            builder().risk(null),
            90,
            RiskTier.C,
            "20000.00",
            List.of(RISK_DATA_MISSING),
            "RISK_DATA_MISSING"),
        row(
            "linked accounts and unverified: -5 each, ties in catalogue order",
            builder().identity(identity(false)).risk(new BehavioralRisk(0, false, false, true)),
            90,
            RiskTier.A,
            "40000.00",
            List.of(LINKED_ACCOUNTS, UNVERIFIED_IDENTITY),
            "LINKED_ACCOUNTS"),
        // Each missing block on its own.
        row(
            "sales missing",
            builder().sales(null),
            75,
            RiskTier.B,
            "30000.00",
            List.of(),
            "SALES_DATA_MISSING"),
        row(
            "fulfilment missing",
            builder().fulfillment(null),
            85,
            RiskTier.A,
            "40000.00",
            List.of(),
            "FULFILLMENT_DATA_MISSING"),
        row(
            "payouts missing",
            builder().payouts(null),
            85,
            RiskTier.A,
            "40000.00",
            List.of(),
            "PAYOUT_DATA_MISSING"),
        row(
            "platform missing",
            builder().platform(null),
            90,
            RiskTier.A,
            "40000.00",
            List.of(),
            "PLATFORM_DATA_MISSING"),
        row(
            "credit history missing",
            builder().credit(null),
            85,
            RiskTier.A,
            "40000.00",
            List.of(),
            "CREDIT_DATA_MISSING"),
        row(
            "sales and revenue missing: no basis, so not eligible whatever the tier",
            builder().sales(null).revenue(null),
            55,
            RiskTier.C,
            "0.00",
            List.of(),
            "SALES_DATA_MISSING"),
        // Single metrics.
        row(
            "dispute rate 0.8%: bin <= 0.9 (2 of 4)",
            builder()
                .fulfillment(new FulfillmentMetrics(d("99"), d("1"), d("1"), d("0.8"), d("2"))),
            98,
            RiskTier.A,
            "40000.00",
            List.of(),
            "DISPUTE_RATE_HIGH"),
        row(
            "thin file: no previous loan (-3 repaid, -4 on-time unknown)",
            builder().credit(new HistoricalCredit(0, 0, 0, d("0"), false, d("0"))),
            93,
            RiskTier.A,
            "40000.00",
            List.of(),
            "LATE_REPAYMENTS"),
        row(
            "cap rounds down: 3 months averaging 100000.01333…, 40% = 40000.0053…",
            builder()
                .revenue(
                    revenueWith(
                        List.of(
                            new MonthlyRevenue(YearMonth.of(2026, 3), d("100000.01")),
                            new MonthlyRevenue(YearMonth.of(2026, 4), d("100000.01")),
                            new MonthlyRevenue(YearMonth.of(2026, 5), d("100000.02")))))
                .sales(
                    new SalesPerformance(
                        d("200000"),
                        d("600000"),
                        d("1200000"),
                        d("200000"),
                        600,
                        d("500"),
                        d("6"))),
            100,
            RiskTier.A,
            "40000.00",
            List.of(),
            null));
  }

  private static Arguments row(
      String name,
      Profiles.Builder profile,
      int score,
      RiskTier tier,
      String cap,
      List<RiskFlag> flags,
      String firstReason) {
    return arguments(name, profile.build(), score, tier, cap, flags, firstReason);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void scores(
      String name,
      MerchantProfile profile,
      int score,
      RiskTier tier,
      String cap,
      List<RiskFlag> flags,
      String firstReason) {
    CreditScore result = MODEL.score(profile);

    assertThat(result.totalScore()).as("score").isEqualTo(score);
    assertThat(result.riskTier()).as("tier").isEqualTo(tier);
    assertThat(result.maxLendingAmount()).as("cap").isEqualByComparingTo(cap);
    assertThat(result.maxLendingAmount().scale()).as("cap scale").isEqualTo(2);
    assertThat(result.eligible()).as("eligible").isEqualTo(d(cap).signum() > 0);
    assertThat(result.riskFlags()).as("flags").isEqualTo(flags);
    if (firstReason == null) {
      assertThat(result.reasons()).as("reasons").isEmpty();
    } else {
      assertThat(result.reasons().get(0).code()).as("first reason").isEqualTo(firstReason);
    }
    assertThat(result.reasons()).as("at most four reasons").hasSizeLessThanOrEqualTo(4);
  }
}
