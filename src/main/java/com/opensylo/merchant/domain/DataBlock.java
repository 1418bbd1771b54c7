package com.opensylo.merchant.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The blocks of a merchant data submission (SPEC §6) with their JSON names and the OAuth scope each
 * needs, in the token and in the merchant's consent alike.
 */
public enum DataBlock {
  MERCHANT_IDENTITY("merchantIdentity", "data.share.profile"),
  SALES_PERFORMANCE("salesPerformance", "data.share.sales"),
  REVENUE_CONSISTENCY("revenueConsistency", "data.share.sales"),
  FULFILLMENT_METRICS("fulfillmentMetrics", "data.share.fulfillment"),
  PAYOUT_CASH_FLOW("payoutCashFlow", "data.share.payouts"),
  PLATFORM_DEPENDENCY("platformDependency", "data.share.profile"),
  HISTORICAL_CREDIT("historicalCredit", "data.share.profile"),
  BEHAVIORAL_RISK("behavioralRisk", "data.share.risk");

  private final String jsonName;
  private final String scope;

  DataBlock(String jsonName, String scope) {
    this.jsonName = jsonName;
    this.scope = scope;
  }

  public String jsonName() {
    return jsonName;
  }

  public String scope() {
    return scope;
  }

  /** The block with this JSON name, or null. */
  public static DataBlock byJsonName(String name) {
    for (DataBlock block : values()) {
      if (block.jsonName.equals(name)) {
        return block;
      }
    }
    return null;
  }

  /**
   * The scopes {@code blocks} need that {@code granted} lacks, each once, in block order; empty
   * when every block is covered.
   */
  public static List<String> missingScopes(Collection<DataBlock> blocks, Set<String> granted) {
    List<String> missing = new ArrayList<>();
    for (DataBlock block : values()) {
      if (blocks.contains(block)
          && !granted.contains(block.scope)
          && !missing.contains(block.scope)) {
        missing.add(block.scope);
      }
    }
    return missing;
  }

  /** The JSON names of the blocks in {@code blocks} that need {@code scope}. */
  public static List<String> needing(String scope, Collection<DataBlock> blocks) {
    List<String> names = new ArrayList<>();
    for (DataBlock block : values()) {
      if (blocks.contains(block) && block.scope.equals(scope)) {
        names.add(block.jsonName);
      }
    }
    return names;
  }
}
