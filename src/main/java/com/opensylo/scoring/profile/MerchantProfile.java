package com.opensylo.scoring.profile;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * Everything the model is given for one scoring: the blocks (null where the merchant did not share
 * it), the currency of every amount, and the moment of scoring. The model never reads a clock: the
 * caller passes {@code scoredAt}, so the same profile always scores the same.
 *
 * @param identity required
 * @param salesPerformance null when not shared
 * @param revenueConsistency null when not shared
 * @param fulfillment null when not shared
 * @param payoutCashFlow null when not shared
 * @param platformDependency null when not shared
 * @param historicalCredit null when not shared
 * @param behavioralRisk null when not shared
 * @param currency ISO 4217 currency of every amount in the profile and of the lending cap
 * @param scoredAt when the score is calculated (echoed as {@code calculatedAt})
 */
public record MerchantProfile(
    MerchantIdentity identity,
    SalesPerformance salesPerformance,
    RevenueConsistency revenueConsistency,
    FulfillmentMetrics fulfillment,
    PayoutCashFlow payoutCashFlow,
    PlatformDependency platformDependency,
    HistoricalCredit historicalCredit,
    BehavioralRisk behavioralRisk,
    Currency currency,
    Instant scoredAt) {

  public MerchantProfile {
    Objects.requireNonNull(identity, "identity (merchantIdentity is required)");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(scoredAt, "scoredAt");
  }
}
