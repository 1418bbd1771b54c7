package com.opensylo.scoring;

import com.opensylo.scoring.profile.BehavioralRisk;
import com.opensylo.scoring.profile.FulfillmentMetrics;
import com.opensylo.scoring.profile.HistoricalCredit;
import com.opensylo.scoring.profile.MerchantIdentity;
import com.opensylo.scoring.profile.MerchantProfile;
import com.opensylo.scoring.profile.MonthlyRevenue;
import com.opensylo.scoring.profile.PayoutCashFlow;
import com.opensylo.scoring.profile.PayoutCashFlow.PayoutFrequency;
import com.opensylo.scoring.profile.PlatformDependency;
import com.opensylo.scoring.profile.RevenueConsistency;
import com.opensylo.scoring.profile.SalesPerformance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random merchant profiles for the property tests, from a seed (so a failure names the seed that
 * reproduces it). Values are drawn over each field's whole range, often exactly on a scorecard bin
 * edge, and each block is missing one time in five.
 */
final class ProfileGenerator {

  private static final int[] COUNT_EDGES = {0, 1, 2, 3, 4, 5, 6, 9, 12, 15, 20, 24, 25, 26, 30};
  private static final String[] PERCENT_EDGES = {
    "0", "0.3", "0.65", "0.9", "1.5", "2.5", "3", "4", "5", "8", "10", "15", "25", "30", "60", "70",
    "85", "90", "95", "98", "100"
  };

  private final Random random;

  ProfileGenerator(long seed) {
    this.random = new Random(seed);
  }

  Random random() {
    return random;
  }

  MerchantProfile profile() {
    return new MerchantProfile(
        Profiles.identity(random.nextBoolean()),
        maybe(this::sales),
        maybe(this::revenue),
        maybe(this::fulfillment),
        maybe(this::payouts),
        maybe(this::platform),
        maybe(this::credit),
        maybe(this::risk),
        Profiles.NGN,
        Profiles.SCORED_AT);
  }

  private <T> T maybe(java.util.function.Supplier<T> block) {
    return random.nextInt(5) == 0 ? null : block.get();
  }

  SalesPerformance sales() {
    BigDecimal gmv30 = money(200_000);
    return new SalesPerformance(
        gmv30,
        gmv30.add(money(400_000)),
        gmv30.add(money(800_000)),
        money(300_000),
        random.nextInt(5) == 0 ? random.nextInt(1000) : edgeCount() * 25,
        money(5_000),
        BigDecimal.valueOf(random.nextInt(81) - 40));
  }

  RevenueConsistency revenue() {
    int size = random.nextInt(25);
    List<MonthlyRevenue> months = new ArrayList<>();
    BigDecimal base = money(200_000);
    for (int i = 0; i < size; i++) {
      BigDecimal amount =
          random.nextInt(8) == 0
              ? base.multiply(BigDecimal.valueOf(2 + random.nextInt(4)))
              : base.multiply(BigDecimal.valueOf(50 + random.nextInt(101)))
                  .movePointLeft(2)
                  .setScale(2, RoundingMode.DOWN);
      months.add(new MonthlyRevenue(YearMonth.of(2026, 5).minusMonths(i), amount));
    }
    return new RevenueConsistency(
        months, random.nextInt(31), random.nextInt(91), Math.min(24, edgeCount()));
  }

  FulfillmentMetrics fulfillment() {
    return new FulfillmentMetrics(percent(), percent(), percent(), percent(), percent());
  }

  PayoutCashFlow payouts() {
    PayoutFrequency[] frequencies = PayoutFrequency.values();
    return new PayoutCashFlow(
        frequencies[random.nextInt(frequencies.length)],
        money(50_000),
        edgeCount() % 6,
        edgeCount() * 3);
  }

  PlatformDependency platform() {
    return new PlatformDependency(
        edgeCount() * 2, percent(), random.nextBoolean(), edgeCount(), percent());
  }

  HistoricalCredit credit() {
    int loans = random.nextInt(6);
    int repaid = random.nextInt(loans + 1);
    int defaults = random.nextInt(loans - repaid + 1);
    return new HistoricalCredit(
        loans,
        repaid,
        defaults,
        percent(),
        random.nextBoolean(),
        random.nextBoolean() ? BigDecimal.ZERO : money(600_000));
  }

  BehavioralRisk risk() {
    return new BehavioralRisk(
        random.nextInt(4) == 0 ? random.nextInt(4) : 0,
        random.nextInt(6) == 0,
        random.nextInt(6) == 0,
        random.nextInt(6) == 0);
  }

  /** A profile with every metric inside its best bin, drawn at random: it must score 100. */
  MerchantProfile bestBins() {
    BigDecimal monthly = money(1_000_000).add(BigDecimal.valueOf(1000));
    List<MonthlyRevenue> months = new ArrayList<>();
    int size = 3 + random.nextInt(22);
    for (int i = 0; i < size; i++) {
      BigDecimal amount =
          monthly
              .multiply(BigDecimal.valueOf(95 + random.nextInt(11)))
              .movePointLeft(2)
              .setScale(2, RoundingMode.DOWN);
      months.add(new MonthlyRevenue(YearMonth.of(2026, 5).minusMonths(i), amount));
    }
    int repaid = 3 + random.nextInt(5);
    return new MerchantProfile(
        new MerchantIdentity("m-best", null, null, null, true, null, null),
        new SalesPerformance(
            monthly,
            monthly.multiply(BigDecimal.valueOf(3)),
            monthly.multiply(BigDecimal.valueOf(6)),
            monthly,
            500 + random.nextInt(5000),
            money(1000),
            BigDecimal.valueOf(5 + random.nextInt(50))),
        new RevenueConsistency(
            months, 25 + random.nextInt(6), random.nextInt(6), 12 + random.nextInt(13)),
        new FulfillmentMetrics(
            between("98", "100"),
            between("0", "2.5"),
            between("0", "3"),
            between("0", "0.3"),
            between("0", "4")),
        new PayoutCashFlow(PayoutFrequency.DAILY, money(10_000), 0, 26 + random.nextInt(65)),
        new PlatformDependency(
            24 + random.nextInt(100),
            between("60", "100"),
            random.nextBoolean(),
            20 + random.nextInt(500),
            between("25", "100")),
        new HistoricalCredit(
            repaid,
            repaid,
            0,
            between("95", "100"),
            false,
            monthly.multiply(between("0", "0.25")).setScale(2, RoundingMode.DOWN)),
        new BehavioralRisk(0, false, false, false),
        Profiles.NGN,
        Profiles.SCORED_AT);
  }

  private int edgeCount() {
    return random.nextInt(3) == 0
        ? random.nextInt(40)
        : COUNT_EDGES[random.nextInt(COUNT_EDGES.length)];
  }

  BigDecimal percent() {
    return random.nextInt(3) == 0
        ? BigDecimal.valueOf(random.nextInt(10_001), 2)
        : new BigDecimal(PERCENT_EDGES[random.nextInt(PERCENT_EDGES.length)]);
  }

  BigDecimal money(int max) {
    return BigDecimal.valueOf(random.nextInt(max * 10 + 1), 1).setScale(2, RoundingMode.DOWN);
  }

  /** Uniform in [low, high], two decimals. */
  BigDecimal between(String low, String high) {
    BigDecimal lo = new BigDecimal(low);
    BigDecimal span = new BigDecimal(high).subtract(lo);
    return lo.add(span.multiply(BigDecimal.valueOf(random.nextInt(10_001), 4)))
        .setScale(2, RoundingMode.DOWN);
  }
}
