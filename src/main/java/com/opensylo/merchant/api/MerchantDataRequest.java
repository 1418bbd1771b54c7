package com.opensylo.merchant.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * SPEC §6 single-merchant body, as the OpenAPI document shows it. The server reads the body as raw
 * JSON and validates it with {@link com.opensylo.merchant.domain.MerchantDataFactory} (so a bulk
 * item can be refused on its own); these records state that contract for clients. Every block but
 * {@code merchantIdentity} is optional, and every field of a block that is sent is required unless
 * marked otherwise. Unknown fields are refused by name.
 */
@Schema(
    name = "MerchantDataRequest",
    description = "One merchant's data. Each block needs its scope in the token and the consent.",
    additionalProperties = Schema.False.class)
public record MerchantDataRequest(
    @Schema(required = true, description = "Scope data.share.profile") Identity merchantIdentity,
    @Schema(description = "Scope data.share.sales") Sales salesPerformance,
    @Schema(description = "Scope data.share.sales") Revenue revenueConsistency,
    @Schema(description = "Scope data.share.fulfillment") Fulfillment fulfillmentMetrics,
    @Schema(description = "Scope data.share.payouts") Payouts payoutCashFlow,
    @Schema(description = "Scope data.share.profile") Platform platformDependency,
    @Schema(description = "Scope data.share.profile") Credit historicalCredit,
    @Schema(description = "Scope data.share.risk") Risk behavioralRisk) {

  /** Money: a JSON number of major units, at least 0, at most two decimals. */
  static final String MONEY = "Amount in the marketplace's currency: >= 0, at most 2 decimals";

  /** A percentage. */
  static final String PERCENT = "Percent, 0-100";

  /** SPEC §6 {@code merchantIdentity}. */
  @Schema(name = "MerchantIdentity", additionalProperties = Schema.False.class)
  public record Identity(
      @Schema(
              required = true,
              maxLength = 128,
              pattern = "^[A-Za-z0-9][A-Za-z0-9._:@-]*$",
              description = "The marketplace's own id of the merchant")
          String merchantId,
      @Schema(maxLength = 255) String businessName,
      @Schema(enumeration = {"INDIVIDUAL", "REGISTERED_BUSINESS"}) String businessType,
      @Schema(format = "date", description = "YYYY-MM-DD, not in the future")
          String marketplaceOnboardingDate,
      @Schema(required = true, description = "Whether the marketplace verified the merchant")
          Boolean verificationStatus,
      @Schema(pattern = "^[A-Z]{2}$", description = "ISO 3166-1 alpha-2") String country,
      @Schema(maxLength = 100) String category) {}

  /** SPEC §6 {@code salesPerformance}; gmv30Days <= gmv90Days <= gmv180Days. */
  @Schema(name = "SalesPerformance", additionalProperties = Schema.False.class)
  public record Sales(
      @Schema(required = true, minimum = "0", description = MONEY) BigDecimal gmv30Days,
      @Schema(required = true, minimum = "0", description = MONEY) BigDecimal gmv90Days,
      @Schema(required = true, minimum = "0", description = MONEY) BigDecimal gmv180Days,
      @Schema(required = true, minimum = "0", description = MONEY) BigDecimal avgMonthlySales,
      @Schema(required = true, minimum = "0") Integer orderCount,
      @Schema(required = true, minimum = "0", description = MONEY) BigDecimal avgOrderValue,
      @Schema(
              required = true,
              minimum = "-100",
              maximum = "100000",
              description = "Month-on-month percent; may be negative")
          BigDecimal salesGrowthRate) {}

  /** SPEC §6 {@code revenueConsistency}. */
  @Schema(name = "RevenueConsistency", additionalProperties = Schema.False.class)
  public record Revenue(
      @Schema(required = true, maxItems = 24, description = "Unique months, none in the future")
          List<Month> monthlyRevenue,
      @Schema(required = true, minimum = "0", maximum = "30") Integer activeSalesDaysLast30,
      @Schema(
              required = true,
              minimum = "0",
              maximum = "90",
              description = "At least 30 - activeSalesDaysLast30")
          Integer zeroSalesDaysLast90,
      @Schema(required = true, minimum = "0") Integer monthsWithSales) {}

  /** One month of revenue. */
  @Schema(name = "MonthlyRevenue", additionalProperties = Schema.False.class)
  public record Month(
      @Schema(required = true, pattern = "^\\d{4}-\\d{2}$", description = "YYYY-MM") String month,
      @Schema(required = true, minimum = "0", description = MONEY) BigDecimal amount) {}

  /** SPEC §6 {@code fulfillmentMetrics}, percentages. */
  @Schema(name = "FulfillmentMetrics", additionalProperties = Schema.False.class)
  public record Fulfillment(
      @Schema(required = true, minimum = "0", maximum = "100", description = PERCENT)
          BigDecimal fulfillmentRate,
      @Schema(required = true, minimum = "0", maximum = "100", description = PERCENT)
          BigDecimal cancellationRate,
      @Schema(required = true, minimum = "0", maximum = "100", description = PERCENT)
          BigDecimal refundRate,
      @Schema(required = true, minimum = "0", maximum = "100", description = PERCENT)
          BigDecimal disputeRate,
      @Schema(required = true, minimum = "0", maximum = "100", description = PERCENT)
          BigDecimal lateDeliveryRate) {}

  /** SPEC §6 {@code payoutCashFlow}. */
  @Schema(name = "PayoutCashFlow", additionalProperties = Schema.False.class)
  public record Payouts(
      @Schema(
              required = true,
              enumeration = {"DAILY", "WEEKLY", "BI_WEEKLY", "MONTHLY"})
          String payoutFrequency,
      @Schema(required = true, minimum = "0", description = MONEY) BigDecimal avgPayoutValue,
      @Schema(required = true, minimum = "0") Integer failedPayouts,
      @Schema(required = true, minimum = "0") Integer payoutCount90Days) {}

  /** SPEC §6 {@code platformDependency}. */
  @Schema(name = "PlatformDependency", additionalProperties = Schema.False.class)
  public record Platform(
      @Schema(required = true, minimum = "0") Integer monthsOnPlatform,
      @Schema(required = true, minimum = "0", maximum = "100", description = PERCENT)
          BigDecimal platformRevenueShare,
      @Schema(required = true) Boolean sellsOnOtherPlatforms,
      @Schema(required = true, minimum = "0") Integer activeListings,
      @Schema(required = true, minimum = "0", maximum = "100", description = PERCENT)
          BigDecimal repeatCustomerRate) {}

  /** SPEC §6 {@code historicalCredit}; repaid + defaults <= loans. */
  @Schema(name = "HistoricalCredit", additionalProperties = Schema.False.class)
  public record Credit(
      @Schema(required = true, minimum = "0") Integer previousLoansCount,
      @Schema(required = true, minimum = "0") Integer previousLoansRepaid,
      @Schema(required = true, minimum = "0") Integer previousDefaults,
      @Schema(required = true, minimum = "0", maximum = "100", description = PERCENT)
          BigDecimal onTimeRepaymentRate,
      @Schema(required = true) Boolean hasActiveExternalLoans,
      @Schema(required = true, minimum = "0", description = MONEY)
          BigDecimal totalOutstandingExternalDebt) {}

  /** SPEC §6 {@code behavioralRisk}. */
  @Schema(name = "BehavioralRisk", additionalProperties = Schema.False.class)
  public record Risk(
      @Schema(required = true, minimum = "0") Integer accountSuspensions,
      @Schema(required = true) Boolean hasFraudFlags,
      @Schema(required = true) Boolean hasSuddenGmvSpikes,
      @Schema(required = true) Boolean hasLinkedAccounts) {}

  /** SPEC §6 bulk body. */
  @Schema(name = "BulkMerchantDataRequest", additionalProperties = Schema.False.class)
  public record Bulk(
      @Schema(required = true, minItems = 1, maxItems = 500, description = "More than 500: 413")
          List<MerchantDataRequest> merchants) {}
}
