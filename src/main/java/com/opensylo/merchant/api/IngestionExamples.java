package com.opensylo.merchant.api;

/** Example bodies of the ingestion endpoints for the OpenAPI document (compile-time constants). */
final class IngestionExamples {

  private IngestionExamples() {}

  static final String MERCHANT_DATA_REQUEST =
      """
      {
        "merchantIdentity": {
          "merchantId": "mkt-merchant-1042",
          "businessName": "Ada Stores",
          "businessType": "REGISTERED_BUSINESS",
          "marketplaceOnboardingDate": "2023-01-10",
          "verificationStatus": true,
          "country": "NG",
          "category": "electronics"
        },
        "salesPerformance": {
          "gmv30Days": 1250000.00,
          "gmv90Days": 3600000.00,
          "gmv180Days": 6900000.00,
          "avgMonthlySales": 1150000.00,
          "orderCount": 420,
          "avgOrderValue": 2976.19,
          "salesGrowthRate": 4.5
        },
        "revenueConsistency": {
          "monthlyRevenue": [
            {"month": "2025-12", "amount": 1100000.00},
            {"month": "2026-01", "amount": 1180000.00},
            {"month": "2026-02", "amount": 1170000.00}
          ],
          "activeSalesDaysLast30": 27,
          "zeroSalesDaysLast90": 8,
          "monthsWithSales": 24
        },
        "fulfillmentMetrics": {
          "fulfillmentRate": 97.5,
          "cancellationRate": 1.8,
          "refundRate": 2.1,
          "disputeRate": 0.4,
          "lateDeliveryRate": 3.2
        },
        "payoutCashFlow": {
          "payoutFrequency": "WEEKLY",
          "avgPayoutValue": 270000.00,
          "failedPayouts": 0,
          "payoutCount90Days": 13
        },
        "platformDependency": {
          "monthsOnPlatform": 37,
          "platformRevenueShare": 70,
          "sellsOnOtherPlatforms": true,
          "activeListings": 180,
          "repeatCustomerRate": 32
        },
        "historicalCredit": {
          "previousLoansCount": 2,
          "previousLoansRepaid": 2,
          "previousDefaults": 0,
          "onTimeRepaymentRate": 100,
          "hasActiveExternalLoans": false,
          "totalOutstandingExternalDebt": 0
        },
        "behavioralRisk": {
          "accountSuspensions": 0,
          "hasFraudFlags": false,
          "hasSuddenGmvSpikes": false,
          "hasLinkedAccounts": false
        }
      }
      """;

  static final String BULK_REQUEST =
      """
      {
        "merchants": [
          {
            "merchantIdentity": {"merchantId": "mkt-merchant-1042", "verificationStatus": true},
            "salesPerformance": {
              "gmv30Days": 1250000.00, "gmv90Days": 3600000.00, "gmv180Days": 6900000.00,
              "avgMonthlySales": 1150000.00, "orderCount": 420, "avgOrderValue": 2976.19,
              "salesGrowthRate": 4.5
            }
          },
          {
            "merchantIdentity": {"merchantId": "mkt-merchant-2077", "verificationStatus": true},
            "salesPerformance": {
              "gmv30Days": "lots", "gmv90Days": 90000, "gmv180Days": 150000,
              "avgMonthlySales": 30000, "orderCount": 40, "avgOrderValue": 750,
              "salesGrowthRate": -3
            }
          }
        ]
      }
      """;

  /** The one credit score the submission and the credit-score examples both show. */
  private static final String CREDIT_SCORE =
      """
      {
        "totalScore": 88,
        "riskTier": "A",
        "maxLendingAmount": 460000.00,
        "eligiblePercentage": 40,
        "eligible": true,
        "currency": "NGN",
        "breakdown": {
          "salesPerformance": {
            "score": 20,
            "maxScore": 25,
            "known": true,
            "factors": [
              {
                "code": "ORDER_COUNT",
                "value": "420",
                "points": 10,
                "maxPoints": 13,
                "explanation": "Orders 420 vs ≥ 500: grow order volume before asking for a larger advance"
              },
              {
                "code": "SALES_GROWTH_RATE",
                "value": "4.5%",
                "points": 10,
                "maxPoints": 12,
                "explanation": "Month-on-month sales growth 4.5% vs ≥ 5%: stabilise sales (restock best sellers, keep listings live) before applying"
              }
            ]
          },
          "revenueConsistency": {
            "score": 19,
            "maxScore": 20,
            "known": true,
            "factors": [
              {
                "code": "MONTHS_WITH_SALES",
                "value": "24",
                "points": 6,
                "maxPoints": 6,
                "explanation": "Months with sales 24 vs ≥ 12: meets it"
              },
              {
                "code": "ACTIVE_SALES_DAYS_LAST_30",
                "value": "27 days",
                "points": 5,
                "maxPoints": 5,
                "explanation": "Active sales days in the last 30 27 days vs ≥ 25 days: meets it"
              },
              {
                "code": "ZERO_SALES_DAYS_LAST_90",
                "value": "8 days",
                "points": 3,
                "maxPoints": 4,
                "explanation": "Days without sales in the last 90 8 days vs ≤ 5 days: avoid gaps: keep stock and listings active through slow weeks"
              },
              {
                "code": "REVENUE_VOLATILITY",
                "value": "3.1%",
                "points": 5,
                "maxPoints": 5,
                "explanation": "Month-to-month revenue variation 3.1% vs ≤ 15%: meets it"
              }
            ]
          },
          "fulfillment": {
            "score": 13,
            "maxScore": 15,
            "known": true,
            "factors": [
              {
                "code": "FULFILLMENT_RATE",
                "value": "97.5%",
                "points": 2,
                "maxPoints": 3,
                "explanation": "Fulfilment rate 97.5% vs ≥ 98%: ship every accepted order; list only stock you hold"
              },
              {
                "code": "CANCELLATION_RATE",
                "value": "1.8%",
                "points": 3,
                "maxPoints": 3,
                "explanation": "Cancellation rate 1.8% vs ≤ 2.5%: meets it"
              },
              {
                "code": "REFUND_RATE",
                "value": "2.1%",
                "points": 2,
                "maxPoints": 2,
                "explanation": "Refund rate 2.1% vs ≤ 3%: meets it"
              },
              {
                "code": "DISPUTE_RATE",
                "value": "0.4%",
                "points": 3,
                "maxPoints": 4,
                "explanation": "Dispute rate 0.4% vs ≤ 0.3%: resolve buyer issues before they escalate"
              },
              {
                "code": "LATE_DELIVERY_RATE",
                "value": "3.2%",
                "points": 3,
                "maxPoints": 3,
                "explanation": "Late delivery rate 3.2% vs ≤ 4%: meets it"
              }
            ]
          },
          "payoutCashFlow": {
            "score": 12,
            "maxScore": 15,
            "known": true,
            "factors": [
              {
                "code": "PAYOUTS_PER_MONTH",
                "value": "4",
                "points": 3,
                "maxPoints": 4,
                "explanation": "Payouts a month 4 vs ≥ 30: switch to daily or weekly payouts so that repayments follow sales closely"
              },
              {
                "code": "FAILED_PAYOUTS",
                "value": "0",
                "points": 5,
                "maxPoints": 5,
                "explanation": "Failed payouts 0 vs ≤ 0: meets it"
              },
              {
                "code": "PAYOUT_COUNT_90_DAYS",
                "value": "13",
                "points": 4,
                "maxPoints": 6,
                "explanation": "Payouts in the last 90 days 13 vs ≥ 26: sell steadily so that payouts arrive every week"
              }
            ]
          },
          "platformDependency": {
            "score": 10,
            "maxScore": 10,
            "known": true,
            "factors": [
              {
                "code": "MONTHS_ON_PLATFORM",
                "value": "37",
                "points": 4,
                "maxPoints": 4,
                "explanation": "Months on the platform 37 vs ≥ 24: meets it"
              },
              {
                "code": "PLATFORM_REVENUE_SHARE",
                "value": "70%",
                "points": 2,
                "maxPoints": 2,
                "explanation": "Share of revenue through this marketplace 70% vs ≥ 60%: meets it"
              },
              {
                "code": "ACTIVE_LISTINGS",
                "value": "180",
                "points": 2,
                "maxPoints": 2,
                "explanation": "Active listings 180 vs ≥ 20: meets it"
              },
              {
                "code": "REPEAT_CUSTOMER_RATE",
                "value": "32%",
                "points": 2,
                "maxPoints": 2,
                "explanation": "Repeat customer rate 32% vs ≥ 25%: meets it"
              }
            ]
          },
          "historicalCredit": {
            "score": 14,
            "maxScore": 15,
            "known": true,
            "factors": [
              {
                "code": "PREVIOUS_DEFAULTS",
                "value": "0",
                "points": 4,
                "maxPoints": 4,
                "explanation": "Previous defaults 0 vs ≤ 0: meets it"
              },
              {
                "code": "PREVIOUS_LOANS_REPAID",
                "value": "2",
                "points": 2,
                "maxPoints": 3,
                "explanation": "Loans repaid 2 vs ≥ 3: start with a small advance and repay it to build a record"
              },
              {
                "code": "ON_TIME_REPAYMENT_RATE",
                "value": "100%",
                "points": 4,
                "maxPoints": 4,
                "explanation": "On-time repayment rate 100% vs ≥ 95%: meets it"
              },
              {
                "code": "ACTIVE_EXTERNAL_LOANS",
                "value": "0",
                "points": 2,
                "maxPoints": 2,
                "explanation": "Active external loans 0 vs ≤ 0: meets it"
              },
              {
                "code": "EXTERNAL_DEBT_TO_MONTHLY_SALES",
                "value": "0%",
                "points": 2,
                "maxPoints": 2,
                "explanation": "External debt as a share of monthly sales 0% vs ≤ 25%: meets it"
              }
            ]
          },
          "behavioralRisk": {
            "penalty": 0,
            "factors": [
            ]
          }
        },
        "riskFlags": [
        ],
        "reasons": [
          {
            "code": "ORDER_VOLUME_LOW",
            "pointsLost": 3,
            "text": "Orders 420 vs ≥ 500: grow order volume before asking for a larger advance"
          },
          {
            "code": "SALES_DECLINING",
            "pointsLost": 2,
            "text": "Month-on-month sales growth 4.5% vs ≥ 5%: stabilise sales (restock best sellers, keep listings live) before applying"
          },
          {
            "code": "FEW_PAYOUTS",
            "pointsLost": 2,
            "text": "Payouts in the last 90 days 13 vs ≥ 26: sell steadily so that payouts arrive every week"
          },
          {
            "code": "MANY_ZERO_SALES_DAYS",
            "pointsLost": 1,
            "text": "Days without sales in the last 90 8 days vs ≤ 5 days: avoid gaps: keep stock and listings active through slow weeks"
          }
        ],
        "lendingBasis": {
          "averageMonthlySales": 1150000.00,
          "source": "MONTHLY_REVENUE",
          "excludedSpikeMonths": [
          ]
        },
        "modelVersion": "opensylo-credit-1.0",
        "reasonCatalogueVersion": "reasons-1",
        "calculatedAt": "2026-03-01T09:30:00.000Z"
      }""";

  static final String MERCHANT_DATA_RESPONSE =
      """
      {
        "success": true,
        "message": "Merchant data processed successfully",
        "transactionId": "6f1c2e7a-3b54-4d0e-9a8f-2c61d5e0b8a4",
        "creditScore": \
      """
          + CREDIT_SCORE
          + """

      }
      """;

  static final String CREDIT_SCORE_RESPONSE =
      """
      {
        "success": true,
        "merchantId": "mkt-merchant-1042",
        "opensyloMerchantId": "0b7e4c52-8d1f-4a36-b9e2-5f4a7c1d3e90",
        "creditScore": \
      """
          + CREDIT_SCORE
          + """
      ,
        "lastUpdated": "2026-03-01T09:30:00.000Z",
        "dataFreshnessDays": 3
      }
      """;

  static final String BULK_RESPONSE =
      """
      {
        "success": true,
        "total": 2,
        "processed": 1,
        "failed": 1,
        "results": [
          {
            "merchantId": "mkt-merchant-1042",
            "success": true,
            "transactionId": "9d2a61f0-47c3-4b8e-8e15-0a3f6b7c2d19",
            "creditScore": {
              "totalScore": 10,
              "riskTier": "E",
              "maxLendingAmount": 0.00,
              "eligiblePercentage": 0,
              "eligible": false,
              "currency": "NGN",
              "breakdown": {
                "salesPerformance": {
                  "score": 20,
                  "maxScore": 25,
                  "known": true,
                  "factors": [
                    {
                      "code": "ORDER_COUNT",
                      "value": "420",
                      "points": 10,
                      "maxPoints": 13,
                      "explanation": "Orders 420 vs ≥ 500: grow order volume before asking for a larger advance"
                    },
                    {
                      "code": "SALES_GROWTH_RATE",
                      "value": "4.5%",
                      "points": 10,
                      "maxPoints": 12,
                      "explanation": "Month-on-month sales growth 4.5% vs ≥ 5%: stabilise sales (restock best sellers, keep listings live) before applying"
                    }
                  ]
                },
                "revenueConsistency": {
                  "score": 0,
                  "maxScore": 20,
                  "known": false,
                  "factors": [
                    {
                      "code": "REVENUE_DATA_MISSING",
                      "value": "not shared",
                      "points": 0,
                      "maxPoints": 20,
                      "explanation": "Revenue consistency not shared vs required: share the revenueConsistency block (scope data.share.sales)"
                    }
                  ]
                },
                "fulfillment": {
                  "score": 0,
                  "maxScore": 15,
                  "known": false,
                  "factors": [
                    {
                      "code": "FULFILLMENT_DATA_MISSING",
                      "value": "not shared",
                      "points": 0,
                      "maxPoints": 15,
                      "explanation": "Fulfilment metrics not shared vs required: share the fulfillmentMetrics block (scope data.share.fulfillment)"
                    }
                  ]
                },
                "payoutCashFlow": {
                  "score": 0,
                  "maxScore": 15,
                  "known": false,
                  "factors": [
                    {
                      "code": "PAYOUT_DATA_MISSING",
                      "value": "not shared",
                      "points": 0,
                      "maxPoints": 15,
                      "explanation": "Payout cash flow not shared vs required: share the payoutCashFlow block (scope data.share.payouts)"
                    }
                  ]
                },
                "platformDependency": {
                  "score": 0,
                  "maxScore": 10,
                  "known": false,
                  "factors": [
                    {
                      "code": "PLATFORM_DATA_MISSING",
                      "value": "not shared",
                      "points": 0,
                      "maxPoints": 10,
                      "explanation": "Platform relationship not shared vs required: share the platformDependency block (scope data.share.profile)"
                    }
                  ]
                },
                "historicalCredit": {
                  "score": 0,
                  "maxScore": 15,
                  "known": false,
                  "factors": [
                    {
                      "code": "CREDIT_DATA_MISSING",
                      "value": "not shared",
                      "points": 0,
                      "maxPoints": 15,
                      "explanation": "Credit history not shared vs required: share the historicalCredit block (scope data.share.profile)"
                    }
                  ]
                },
                "behavioralRisk": {
                  "penalty": 10,
                  "factors": [
                    {
                      "code": "RISK_DATA_MISSING",
                      "value": "1",
                      "points": 10,
                      "maxPoints": 10,
                      "explanation": "Behavioural risk not shared vs required: share the behavioralRisk block (scope data.share.risk)"
                    }
                  ]
                }
              },
              "riskFlags": [
                "RISK_DATA_MISSING"
              ],
              "reasons": [
                {
                  "code": "REVENUE_DATA_MISSING",
                  "pointsLost": 20,
                  "text": "Revenue consistency not shared vs required: share the revenueConsistency block (scope data.share.sales)"
                },
                {
                  "code": "FULFILLMENT_DATA_MISSING",
                  "pointsLost": 15,
                  "text": "Fulfilment metrics not shared vs required: share the fulfillmentMetrics block (scope data.share.fulfillment)"
                },
                {
                  "code": "PAYOUT_DATA_MISSING",
                  "pointsLost": 15,
                  "text": "Payout cash flow not shared vs required: share the payoutCashFlow block (scope data.share.payouts)"
                },
                {
                  "code": "CREDIT_DATA_MISSING",
                  "pointsLost": 15,
                  "text": "Credit history not shared vs required: share the historicalCredit block (scope data.share.profile)"
                }
              ],
              "nextTier": {
                "tier": "D",
                "minScore": 35,
                "pointsNeeded": 25,
                "blockingFlags": [
                ],
                "reasonCodes": [
                  "REVENUE_DATA_MISSING",
                  "FULFILLMENT_DATA_MISSING"
                ],
                "summary": "Tier D starts at 35: gain 25 points (address REVENUE_DATA_MISSING, FULFILLMENT_DATA_MISSING)"
              },
              "lendingBasis": {
                "averageMonthlySales": 1150000.00,
                "source": "AVG_MONTHLY_SALES",
                "excludedSpikeMonths": [
                ]
              },
              "modelVersion": "opensylo-credit-1.0",
              "reasonCatalogueVersion": "reasons-1",
              "calculatedAt": "2026-03-01T09:30:00.000Z"
            }
          },
          {
            "merchantId": "mkt-merchant-2077",
            "success": false,
            "error": {
              "code": "VALIDATION_FAILED",
              "message": "salesPerformance.gmv30Days: must be a number",
              "details": [{"field": "salesPerformance.gmv30Days", "message": "must be a number"}]
            }
          }
        ]
      }
      """;

  static final String VALIDATION_ERROR =
      """
      {
        "success": false,
        "statusCode": 400,
        "error": "Bad Request",
        "message": "2 fields are invalid; see details.",
        "code": "VALIDATION_FAILED",
        "details": [
          {"field": "salesPerformance.gmv30Days", "message": "must be <= gmv90Days (the last 30 days are within the last 90)"},
          {"field": "revenueConsistency.monthlyRevenue[3].month", "message": "must be a month YYYY-MM"}
        ],
        "path": "/api/marketplace/data/merchant",
        "timestamp": "2026-03-01T09:30:00.000Z",
        "correlationId": "c0ffee00-1234"
      }
      """;
}
