package com.opensylo.scoring;

import com.opensylo.scoring.profile.FulfillmentMetrics;
import com.opensylo.scoring.profile.HistoricalCredit;
import com.opensylo.scoring.profile.MerchantProfile;
import com.opensylo.scoring.profile.PayoutCashFlow;
import com.opensylo.scoring.profile.PlatformDependency;
import com.opensylo.scoring.profile.RevenueConsistency;
import com.opensylo.scoring.profile.SalesPerformance;
import com.opensylo.scoring.scorecard.Component;
import com.opensylo.scoring.scorecard.Metric;
import com.opensylo.scoring.scorecard.SpikeRule;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where each metric's value comes from. Every derived metric moves in one direction with each field
 * it reads (debt to sales falls as sales rise and rises with debt), which is what lets "a better
 * field never lowers the score" hold for derived metrics too.
 */
final class MetricReader {

  /**
   * Sales treated as at least one cent when setting debt against them, so the ratio stays finite.
   */
  private static final BigDecimal ONE_CENT = new BigDecimal("0.01");

  private final SpikeRule spikeRule;

  MetricReader(SpikeRule spikeRule) {
    this.spikeRule = spikeRule;
  }

  /** Whether the block a component is scored from was shared. */
  static boolean shared(Component component, MerchantProfile p) {
    return switch (component) {
      case SALES_PERFORMANCE -> p.salesPerformance() != null;
      case REVENUE_CONSISTENCY -> p.revenueConsistency() != null;
      case FULFILLMENT -> p.fulfillment() != null;
      case PAYOUT_CASH_FLOW -> p.payoutCashFlow() != null;
      case PLATFORM_DEPENDENCY -> p.platformDependency() != null;
      case HISTORICAL_CREDIT -> p.historicalCredit() != null;
    };
  }

  /** The metric's value, or null when it cannot be known; its component's block must be shared. */
  BigDecimal read(Metric metric, MerchantProfile p) {
    SalesPerformance sales = p.salesPerformance();
    RevenueConsistency revenue = p.revenueConsistency();
    FulfillmentMetrics fulfillment = p.fulfillment();
    PayoutCashFlow payouts = p.payoutCashFlow();
    PlatformDependency platform = p.platformDependency();
    HistoricalCredit credit = p.historicalCredit();
    return switch (metric) {
      case ORDER_COUNT -> count(sales.orderCount());
      case SALES_GROWTH_RATE -> sales.salesGrowthRate();
      case MONTHS_WITH_SALES -> count(revenue.monthsWithSales());
      case ACTIVE_SALES_DAYS_LAST_30 -> count(revenue.activeSalesDaysLast30());
      case ZERO_SALES_DAYS_LAST_90 -> count(revenue.zeroSalesDaysLast90());
      case REVENUE_VOLATILITY ->
          new RevenueSeries(revenue.monthlyRevenue(), spikeRule).variationPercent();
      case FULFILLMENT_RATE -> fulfillment.fulfillmentRate();
      case CANCELLATION_RATE -> fulfillment.cancellationRate();
      case REFUND_RATE -> fulfillment.refundRate();
      case DISPUTE_RATE -> fulfillment.disputeRate();
      case LATE_DELIVERY_RATE -> fulfillment.lateDeliveryRate();
      case PAYOUTS_PER_MONTH -> count(payouts.payoutFrequency().payoutsPerMonth());
      case FAILED_PAYOUTS -> count(payouts.failedPayouts());
      case PAYOUT_COUNT_90_DAYS -> count(payouts.payoutCount90Days());
      case MONTHS_ON_PLATFORM -> count(platform.monthsOnPlatform());
      case PLATFORM_REVENUE_SHARE -> platform.platformRevenueShare();
      case ACTIVE_LISTINGS -> count(platform.activeListings());
      case REPEAT_CUSTOMER_RATE -> platform.repeatCustomerRate();
      case PREVIOUS_DEFAULTS -> count(credit.previousDefaults());
      case PREVIOUS_LOANS_REPAID -> count(credit.previousLoansRepaid());
      case ON_TIME_REPAYMENT_RATE ->
          credit.previousLoansCount() == 0 ? null : credit.onTimeRepaymentRate();
      case ACTIVE_EXTERNAL_LOANS -> count(credit.hasActiveExternalLoans() ? 1 : 0);
      case EXTERNAL_DEBT_TO_MONTHLY_SALES -> debtToSales(credit, sales);
    };
  }

  private static BigDecimal debtToSales(HistoricalCredit credit, SalesPerformance sales) {
    if (credit.totalOutstandingExternalDebt().signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (sales == null) {
      return null;
    }
    return credit
        .totalOutstandingExternalDebt()
        .movePointRight(2)
        .divide(sales.avgMonthlySales().max(ONE_CENT), 1, RoundingMode.HALF_UP);
  }

  private static BigDecimal count(int value) {
    return BigDecimal.valueOf(value);
  }
}
