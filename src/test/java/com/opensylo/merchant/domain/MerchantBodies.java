package com.opensylo.merchant.domain;

/** Submission bodies the tests of ingestion and of the score text share. */
public final class MerchantBodies {

  /** Every block and every field, with losses, a spike flag and a suspension. */
  public static final String FULL =
      """
      {"merchantIdentity":{"merchantId":"m-1","businessName":"Ada","businessType":"INDIVIDUAL",
        "marketplaceOnboardingDate":"2024-02-29","verificationStatus":true,"country":"NG","category":"food"},
       "salesPerformance":{"gmv30Days":100,"gmv90Days":300,"gmv180Days":600,"avgMonthlySales":100,
        "orderCount":12,"avgOrderValue":8.33,"salesGrowthRate":-2.5},
       "revenueConsistency":{"monthlyRevenue":[{"month":"2026-06","amount":10},{"month":"2026-05","amount":0}],
        "activeSalesDaysLast30":20,"zeroSalesDaysLast90":10,"monthsWithSales":2},
       "fulfillmentMetrics":{"fulfillmentRate":99.5,"cancellationRate":0,"refundRate":1,"disputeRate":0.3,
        "lateDeliveryRate":100},
       "payoutCashFlow":{"payoutFrequency":"BI_WEEKLY","avgPayoutValue":50,"failedPayouts":0,"payoutCount90Days":6},
       "platformDependency":{"monthsOnPlatform":28,"platformRevenueShare":60,"sellsOnOtherPlatforms":false,
        "activeListings":5,"repeatCustomerRate":30},
       "historicalCredit":{"previousLoansCount":3,"previousLoansRepaid":2,"previousDefaults":1,
        "onTimeRepaymentRate":80,"hasActiveExternalLoans":true,"totalOutstandingExternalDebt":10.5},
       "behavioralRisk":{"accountSuspensions":1,"hasFraudFlags":false,"hasSuddenGmvSpikes":true,
        "hasLinkedAccounts":false}}
      """;

  private MerchantBodies() {}
}
