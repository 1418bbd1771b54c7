package com.opensylo.scoring;

import com.opensylo.scoring.profile.BehavioralRisk;
import com.opensylo.scoring.profile.FulfillmentMetrics;
import com.opensylo.scoring.profile.HistoricalCredit;
import com.opensylo.scoring.profile.MerchantIdentity;
import com.opensylo.scoring.profile.MerchantProfile;
import com.opensylo.scoring.profile.PayoutCashFlow;
import com.opensylo.scoring.profile.PayoutCashFlow.PayoutFrequency;
import com.opensylo.scoring.profile.PlatformDependency;
import com.opensylo.scoring.profile.RevenueConsistency;
import com.opensylo.scoring.profile.SalesPerformance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * What "improving" means, field by field: each improvement moves one input field a random step in
 * its better direction (more orders, fewer disputes, a fraud flag cleared) and leaves everything
 * else alone. Fields without a better direction (GMV totals, order value, payout value, selling
 * elsewhere, the number of previous loans, the shape of the revenue series) have no improvement.
 */
final class Improvements {

  record Improvement(String field, BiFunction<MerchantProfile, Random, MerchantProfile> apply) {}

  private Improvements() {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Towards 100 by a random share of the distance. */
  static BigDecimal up(BigDecimal percent, Random r) {
    return percent
        .add(HUNDRED.subtract(percent).multiply(BigDecimal.valueOf(r.nextInt(101), 2)))
        .setScale(2, RoundingMode.DOWN);
  }

  /** Towards 0 by a random share. */
  static BigDecimal down(BigDecimal value, Random r) {
    return value.multiply(BigDecimal.valueOf(r.nextInt(101), 2)).setScale(2, RoundingMode.DOWN);
  }

  static int more(int value, Random r) {
    return value + r.nextInt(60);
  }

  static int fewer(int value, Random r) {
    return value - r.nextInt(value + 1);
  }

  static final List<Improvement> ALL =
      List.of(
          new Improvement(
              "identity.verified",
              (p, r) ->
                  with(
                      p,
                      new MerchantIdentity(
                          p.identity().merchantId(), null, null, null, true, null, null))),
          sales(
              "orderCount",
              (s, r) ->
                  new SalesPerformance(
                      s.gmv30Days(),
                      s.gmv90Days(),
                      s.gmv180Days(),
                      s.avgMonthlySales(),
                      more(s.orderCount(), r),
                      s.avgOrderValue(),
                      s.salesGrowthRate())),
          sales(
              "salesGrowthRate",
              (s, r) ->
                  new SalesPerformance(
                      s.gmv30Days(),
                      s.gmv90Days(),
                      s.gmv180Days(),
                      s.avgMonthlySales(),
                      s.orderCount(),
                      s.avgOrderValue(),
                      s.salesGrowthRate().add(BigDecimal.valueOf(r.nextInt(3000), 2)))),
          sales(
              "avgMonthlySales",
              (s, r) ->
                  new SalesPerformance(
                      s.gmv30Days(),
                      s.gmv90Days(),
                      s.gmv180Days(),
                      s.avgMonthlySales().add(BigDecimal.valueOf(r.nextInt(1_000_000), 2)),
                      s.orderCount(),
                      s.avgOrderValue(),
                      s.salesGrowthRate())),
          revenue(
              "activeSalesDaysLast30",
              (v, r) ->
                  new RevenueConsistency(
                      v.monthlyRevenue(),
                      Math.min(30, more(v.activeSalesDaysLast30(), r)),
                      v.zeroSalesDaysLast90(),
                      v.monthsWithSales())),
          revenue(
              "zeroSalesDaysLast90",
              (v, r) ->
                  new RevenueConsistency(
                      v.monthlyRevenue(),
                      v.activeSalesDaysLast30(),
                      fewer(v.zeroSalesDaysLast90(), r),
                      v.monthsWithSales())),
          revenue(
              "monthsWithSales",
              (v, r) ->
                  new RevenueConsistency(
                      v.monthlyRevenue(),
                      v.activeSalesDaysLast30(),
                      v.zeroSalesDaysLast90(),
                      more(v.monthsWithSales(), r))),
          fulfillment(
              "fulfillmentRate",
              (f, r) ->
                  new FulfillmentMetrics(
                      up(f.fulfillmentRate(), r),
                      f.cancellationRate(),
                      f.refundRate(),
                      f.disputeRate(),
                      f.lateDeliveryRate())),
          fulfillment(
              "cancellationRate",
              (f, r) ->
                  new FulfillmentMetrics(
                      f.fulfillmentRate(),
                      down(f.cancellationRate(), r),
                      f.refundRate(),
                      f.disputeRate(),
                      f.lateDeliveryRate())),
          fulfillment(
              "refundRate",
              (f, r) ->
                  new FulfillmentMetrics(
                      f.fulfillmentRate(),
                      f.cancellationRate(),
                      down(f.refundRate(), r),
                      f.disputeRate(),
                      f.lateDeliveryRate())),
          fulfillment(
              "disputeRate",
              (f, r) ->
                  new FulfillmentMetrics(
                      f.fulfillmentRate(),
                      f.cancellationRate(),
                      f.refundRate(),
                      down(f.disputeRate(), r),
                      f.lateDeliveryRate())),
          fulfillment(
              "lateDeliveryRate",
              (f, r) ->
                  new FulfillmentMetrics(
                      f.fulfillmentRate(),
                      f.cancellationRate(),
                      f.refundRate(),
                      f.disputeRate(),
                      down(f.lateDeliveryRate(), r))),
          payouts(
              "payoutFrequency",
              (o, r) ->
                  new PayoutCashFlow(
                      moreFrequent(o.payoutFrequency(), r),
                      o.avgPayoutValue(),
                      o.failedPayouts(),
                      o.payoutCount90Days())),
          payouts(
              "failedPayouts",
              (o, r) ->
                  new PayoutCashFlow(
                      o.payoutFrequency(),
                      o.avgPayoutValue(),
                      fewer(o.failedPayouts(), r),
                      o.payoutCount90Days())),
          payouts(
              "payoutCount90Days",
              (o, r) ->
                  new PayoutCashFlow(
                      o.payoutFrequency(),
                      o.avgPayoutValue(),
                      o.failedPayouts(),
                      more(o.payoutCount90Days(), r))),
          platform(
              "monthsOnPlatform",
              (l, r) ->
                  new PlatformDependency(
                      more(l.monthsOnPlatform(), r),
                      l.platformRevenueShare(),
                      l.sellsOnOtherPlatforms(),
                      l.activeListings(),
                      l.repeatCustomerRate())),
          platform(
              "platformRevenueShare",
              (l, r) ->
                  new PlatformDependency(
                      l.monthsOnPlatform(),
                      up(l.platformRevenueShare(), r),
                      l.sellsOnOtherPlatforms(),
                      l.activeListings(),
                      l.repeatCustomerRate())),
          platform(
              "activeListings",
              (l, r) ->
                  new PlatformDependency(
                      l.monthsOnPlatform(),
                      l.platformRevenueShare(),
                      l.sellsOnOtherPlatforms(),
                      more(l.activeListings(), r),
                      l.repeatCustomerRate())),
          platform(
              "repeatCustomerRate",
              (l, r) ->
                  new PlatformDependency(
                      l.monthsOnPlatform(),
                      l.platformRevenueShare(),
                      l.sellsOnOtherPlatforms(),
                      l.activeListings(),
                      up(l.repeatCustomerRate(), r))),
          credit(
              "previousDefaults",
              (c, r) ->
                  new HistoricalCredit(
                      c.previousLoansCount(),
                      c.previousLoansRepaid(),
                      fewer(c.previousDefaults(), r),
                      c.onTimeRepaymentRate(),
                      c.hasActiveExternalLoans(),
                      c.totalOutstandingExternalDebt())),
          credit(
              "previousLoansRepaid",
              (c, r) ->
                  new HistoricalCredit(
                      c.previousLoansCount(),
                      more(c.previousLoansRepaid(), r),
                      c.previousDefaults(),
                      c.onTimeRepaymentRate(),
                      c.hasActiveExternalLoans(),
                      c.totalOutstandingExternalDebt())),
          credit(
              "onTimeRepaymentRate",
              (c, r) ->
                  new HistoricalCredit(
                      c.previousLoansCount(),
                      c.previousLoansRepaid(),
                      c.previousDefaults(),
                      up(c.onTimeRepaymentRate(), r),
                      c.hasActiveExternalLoans(),
                      c.totalOutstandingExternalDebt())),
          credit(
              "hasActiveExternalLoans",
              (c, r) ->
                  new HistoricalCredit(
                      c.previousLoansCount(),
                      c.previousLoansRepaid(),
                      c.previousDefaults(),
                      c.onTimeRepaymentRate(),
                      false,
                      c.totalOutstandingExternalDebt())),
          credit(
              "totalOutstandingExternalDebt",
              (c, r) ->
                  new HistoricalCredit(
                      c.previousLoansCount(),
                      c.previousLoansRepaid(),
                      c.previousDefaults(),
                      c.onTimeRepaymentRate(),
                      c.hasActiveExternalLoans(),
                      down(c.totalOutstandingExternalDebt(), r))),
          risk(
              "accountSuspensions",
              (b, r) ->
                  new BehavioralRisk(
                      fewer(b.accountSuspensions(), r),
                      b.hasFraudFlags(),
                      b.hasSuddenGmvSpikes(),
                      b.hasLinkedAccounts())),
          risk(
              "hasFraudFlags",
              (b, r) ->
                  new BehavioralRisk(
                      b.accountSuspensions(),
                      false,
                      b.hasSuddenGmvSpikes(),
                      b.hasLinkedAccounts())),
          risk(
              "hasSuddenGmvSpikes",
              (b, r) ->
                  new BehavioralRisk(
                      b.accountSuspensions(), b.hasFraudFlags(), false, b.hasLinkedAccounts())),
          risk(
              "hasLinkedAccounts",
              (b, r) ->
                  new BehavioralRisk(
                      b.accountSuspensions(), b.hasFraudFlags(), b.hasSuddenGmvSpikes(), false)));

  private static PayoutFrequency moreFrequent(PayoutFrequency frequency, Random r) {
    PayoutFrequency[] all = PayoutFrequency.values();
    List<PayoutFrequency> better =
        java.util.Arrays.stream(all)
            .filter(f -> f.payoutsPerMonth() >= frequency.payoutsPerMonth())
            .toList();
    return better.get(r.nextInt(better.size()));
  }

  private static Improvement sales(
      String field, BiFunction<SalesPerformance, Random, SalesPerformance> f) {
    return new Improvement(
        "salesPerformance." + field,
        (p, r) ->
            p.salesPerformance() == null
                ? p
                : builder(p).sales(f.apply(p.salesPerformance(), r)).build());
  }

  private static Improvement revenue(
      String field, BiFunction<RevenueConsistency, Random, RevenueConsistency> f) {
    return new Improvement(
        "revenueConsistency." + field,
        (p, r) ->
            p.revenueConsistency() == null
                ? p
                : builder(p).revenue(f.apply(p.revenueConsistency(), r)).build());
  }

  private static Improvement fulfillment(
      String field, BiFunction<FulfillmentMetrics, Random, FulfillmentMetrics> f) {
    return new Improvement(
        "fulfillmentMetrics." + field,
        (p, r) ->
            p.fulfillment() == null
                ? p
                : builder(p).fulfillment(f.apply(p.fulfillment(), r)).build());
  }

  private static Improvement payouts(
      String field, BiFunction<PayoutCashFlow, Random, PayoutCashFlow> f) {
    return new Improvement(
        "payoutCashFlow." + field,
        (p, r) ->
            p.payoutCashFlow() == null
                ? p
                : builder(p).payouts(f.apply(p.payoutCashFlow(), r)).build());
  }

  private static Improvement platform(
      String field, BiFunction<PlatformDependency, Random, PlatformDependency> f) {
    return new Improvement(
        "platformDependency." + field,
        (p, r) ->
            p.platformDependency() == null
                ? p
                : builder(p).platform(f.apply(p.platformDependency(), r)).build());
  }

  private static Improvement credit(
      String field, BiFunction<HistoricalCredit, Random, HistoricalCredit> f) {
    return new Improvement(
        "historicalCredit." + field,
        (p, r) ->
            p.historicalCredit() == null
                ? p
                : builder(p).credit(f.apply(p.historicalCredit(), r)).build());
  }

  private static Improvement risk(
      String field, BiFunction<BehavioralRisk, Random, BehavioralRisk> f) {
    return new Improvement(
        "behavioralRisk." + field,
        (p, r) ->
            p.behavioralRisk() == null
                ? p
                : builder(p).risk(f.apply(p.behavioralRisk(), r)).build());
  }

  private static MerchantProfile with(MerchantProfile p, MerchantIdentity identity) {
    return builder(p).identity(identity).build();
  }

  private static Profiles.Builder builder(MerchantProfile p) {
    return Profiles.builder()
        .identity(p.identity())
        .sales(p.salesPerformance())
        .revenue(p.revenueConsistency())
        .fulfillment(p.fulfillment())
        .payouts(p.payoutCashFlow())
        .platform(p.platformDependency())
        .credit(p.historicalCredit())
        .risk(p.behavioralRisk());
  }
}
