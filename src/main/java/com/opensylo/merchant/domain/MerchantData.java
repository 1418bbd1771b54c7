package com.opensylo.merchant.domain;

import com.opensylo.scoring.profile.BehavioralRisk;
import com.opensylo.scoring.profile.FulfillmentMetrics;
import com.opensylo.scoring.profile.HistoricalCredit;
import com.opensylo.scoring.profile.MerchantIdentity;
import com.opensylo.scoring.profile.MerchantProfile;
import com.opensylo.scoring.profile.PayoutCashFlow;
import com.opensylo.scoring.profile.PlatformDependency;
import com.opensylo.scoring.profile.RevenueConsistency;
import com.opensylo.scoring.profile.SalesPerformance;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One merchant's data as validated by {@link MerchantDataFactory}: the blocks it carries (null
 * where not shared), in the records the credit model reads, and the submission in canonical JSON
 * with its SHA-256, which is what makes a resend of the same data recognisable.
 *
 * @param payload the blocks as sent, in canonical JSON (sorted members, plain numbers, no nulls)
 * @param payloadHash lower-case hex SHA-256 of {@code payload}
 */
public record MerchantData(
    MerchantIdentity identity,
    SalesPerformance salesPerformance,
    RevenueConsistency revenueConsistency,
    FulfillmentMetrics fulfillment,
    PayoutCashFlow payoutCashFlow,
    PlatformDependency platformDependency,
    HistoricalCredit historicalCredit,
    BehavioralRisk behavioralRisk,
    String payload,
    String payloadHash) {

  public MerchantData {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(payloadHash, "payloadHash");
  }

  /** The marketplace's own id of the merchant. */
  public String merchantId() {
    return identity.merchantId();
  }

  /** The blocks this submission carries. */
  public Set<DataBlock> blocks() {
    Set<DataBlock> blocks = EnumSet.of(DataBlock.MERCHANT_IDENTITY);
    addIf(blocks, salesPerformance, DataBlock.SALES_PERFORMANCE);
    addIf(blocks, revenueConsistency, DataBlock.REVENUE_CONSISTENCY);
    addIf(blocks, fulfillment, DataBlock.FULFILLMENT_METRICS);
    addIf(blocks, payoutCashFlow, DataBlock.PAYOUT_CASH_FLOW);
    addIf(blocks, platformDependency, DataBlock.PLATFORM_DEPENDENCY);
    addIf(blocks, historicalCredit, DataBlock.HISTORICAL_CREDIT);
    addIf(blocks, behavioralRisk, DataBlock.BEHAVIORAL_RISK);
    return blocks;
  }

  /**
   * What the credit model scores: these blocks, amounts in {@code currency}, at {@code scoredAt}.
   */
  public MerchantProfile profile(Currency currency, Instant scoredAt) {
    return new MerchantProfile(
        identity,
        salesPerformance,
        revenueConsistency,
        fulfillment,
        payoutCashFlow,
        platformDependency,
        historicalCredit,
        behavioralRisk,
        currency,
        scoredAt);
  }

  private static void addIf(Set<DataBlock> blocks, Object block, DataBlock kind) {
    if (block != null) {
      blocks.add(kind);
    }
  }
}
