package com.opensylo.scoring;

import static com.opensylo.scoring.Profiles.builder;
import static com.opensylo.scoring.Profiles.d;
import static com.opensylo.scoring.Profiles.steadyMonths;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.scoring.profile.BehavioralRisk;
import com.opensylo.scoring.profile.FulfillmentMetrics;
import com.opensylo.scoring.profile.MonthlyRevenue;
import com.opensylo.scoring.profile.RevenueConsistency;
import com.opensylo.scoring.profile.SalesPerformance;
import com.opensylo.scoring.scorecard.Component;
import com.opensylo.scoring.scorecard.RiskFlag;
import com.opensylo.scoring.scorecard.RiskTier;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of a score: reason texts, factors, next tier, lending basis, versions. */
class CreditModelExplanationTest {

  private static final CreditModel MODEL = CreditModel.current();

  @Test
  void valuesAreShownInPlainDigitsWithoutTrailingFractionZeros() {
    assertThat(ComponentScorer.show(d("100"), "")).isEqualTo("100");
    assertThat(ComponentScorer.show(d("1E+3"), " days")).isEqualTo("1000 days");
    assertThat(ComponentScorer.show(d("4.50"), "%")).isEqualTo("4.5%");
    assertThat(ComponentScorer.show(d("3.00"), "%")).isEqualTo("3%");
    assertThat(ComponentScorer.show(d("30.0"), "")).isEqualTo("30");
    assertThat(ComponentScorer.show(d("0.00"), "%")).isEqualTo("0%");
    assertThat(ComponentScorer.show(d("-2.50"), "%")).isEqualTo("-2.5%");
    assertThat(ComponentScorer.show(d("123456789012345678901234567890"), ""))
        .isEqualTo("123456789012345678901234567890");
  }

  @Test
  void reasonIsWordedAsValueBenchmarkAndAction() {
    CreditScore score =
        MODEL.score(
            builder()
                .fulfillment(new FulfillmentMetrics(d("99"), d("1"), d("1"), d("0.8"), d("2")))
                .build());

    assertThat(score.reasons())
        .containsExactly(
            new Reason(
                "DISPUTE_RATE_HIGH",
                2,
                "Dispute rate 0.8% vs ≤ 0.3%: resolve buyer issues before they escalate"));
    assertThat(score.breakdown().fulfillment().factors())
        .filteredOn(f -> f.code().equals("DISPUTE_RATE"))
        .containsExactly(
            new Factor(
                "DISPUTE_RATE",
                "0.8%",
                2,
                4,
                "Dispute rate 0.8% vs ≤ 0.3%: resolve buyer issues before they escalate"));
  }

  @Test
  void reasonsAreAtMostFourRankedByPointsLost() {
    CreditScore score =
        MODEL.score(
            builder()
                .sales(null)
                .revenue(null)
                .payouts(null)
                .identity(Profiles.identity(false))
                .risk(new BehavioralRisk(0, false, false, true))
                .fulfillment(new FulfillmentMetrics(d("99"), d("1"), d("1"), d("0.8"), d("2")))
                .build());

    assertThat(score.reasons())
        .extracting(Reason::code, Reason::pointsLost)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SALES_DATA_MISSING", 25),
            org.assertj.core.groups.Tuple.tuple("REVENUE_DATA_MISSING", 20),
            org.assertj.core.groups.Tuple.tuple("PAYOUT_DATA_MISSING", 15),
            org.assertj.core.groups.Tuple.tuple("LINKED_ACCOUNTS", 5));
  }

  @Test
  void missingBlockScoresZeroAndSaysSo() {
    ComponentScore payouts =
        MODEL.score(builder().payouts(null).build()).breakdown().payoutCashFlow();

    assertThat(payouts)
        .isEqualTo(
            new ComponentScore(
                Component.PAYOUT_CASH_FLOW,
                0,
                15,
                false,
                List.of(
                    new Factor(
                        "PAYOUT_DATA_MISSING",
                        "not shared",
                        0,
                        15,
                        "Payout cash flow not shared vs required: share the payoutCashFlow block"
                            + " (scope data.share.payouts)"))));
  }

  @Test
  void nextTierNamesThePointsAndTheLargestFixes() {
    // 79 (tier B): revenue missing (-20), fulfilment rate 97 % (-1); A needs 1 point.
    CreditScore score =
        MODEL.score(
            builder()
                .revenue(null)
                .fulfillment(new FulfillmentMetrics(d("97"), d("1"), d("1"), d("0.2"), d("2")))
                .build());

    assertThat(score.nextTier())
        .isEqualTo(
            new NextTier(
                RiskTier.A,
                80,
                1,
                List.of(),
                List.of("REVENUE_DATA_MISSING"),
                "Tier A starts at 80: gain 1 point (address REVENUE_DATA_MISSING)"));
  }

  @Test
  void nextTierNamesTheFlagThatHoldsTheTierDown() {
    CreditScore score =
        MODEL.score(builder().risk(new BehavioralRisk(0, true, false, false)).build());

    assertThat(score.nextTier())
        .isEqualTo(
            new NextTier(
                RiskTier.D,
                35,
                0,
                List.of(RiskFlag.FRAUD_FLAG),
                List.of("FRAUD_FLAG"),
                "Tier D starts at 35: clear FRAUD_FLAG (address FRAUD_FLAG)"));
    assertThat(score.breakdown().behavioralRiskPenalty()).isEqualTo(40);
    assertThat(score.breakdown().componentTotal()).isEqualTo(100);
  }

  @Test
  void tierAHasNoNextTier() {
    assertThat(MODEL.score(Profiles.best()).nextTier()).isNull();
  }

  @Test
  void spikeMonthIsLeftOutOfTheLendingBasis() {
    List<MonthlyRevenue> months = new ArrayList<>(steadyMonths("100000", 12));
    months.set(11, new MonthlyRevenue(YearMonth.of(2026, 5), d("500000")));
    CreditScore score =
        MODEL.score(
            builder()
                .revenue(new RevenueConsistency(months, 28, 2, 12))
                .sales(
                    new SalesPerformance(
                        d("500000"),
                        d("700000"),
                        d("1000000"),
                        d("133333.33"),
                        600,
                        d("500"),
                        d("6")))
                .build());

    assertThat(score.lendingBasis())
        .isEqualTo(
            new LendingBasis(d("100000.00"), "MONTHLY_REVENUE", List.of(YearMonth.of(2026, 5))));
  }

  @Test
  void withoutASeriesTheLowerOfReportedAverageAndNinetyDaysIsUsed() {
    CreditScore score =
        MODEL.score(
            builder()
                .revenue(null)
                .sales(
                    new SalesPerformance(
                        d("200000"), d("240000"), d("480000"), d("150000"), 600, d("500"), d("6")))
                .build());

    assertThat(score.lendingBasis())
        .isEqualTo(new LendingBasis(d("80000.00"), "GMV_90_DAYS", List.of()));
    assertThat(score.maxLendingAmount()).isEqualByComparingTo("32000.00");
  }

  @Test
  void scoreCarriesVersionsCurrencyAndTheGivenTime() {
    CreditScore score = MODEL.score(Profiles.best());

    assertThat(score.modelVersion()).isEqualTo("opensylo-credit-1.0");
    assertThat(score.reasonCatalogueVersion()).isEqualTo("reasons-1");
    assertThat(score.currency().getCurrencyCode()).isEqualTo("NGN");
    assertThat(score.calculatedAt()).isEqualTo(Profiles.SCORED_AT);
    assertThat(score.eligiblePercentage()).isEqualByComparingTo("40");
  }
}
