package com.opensylo.scoring.profile;

import java.math.BigDecimal;

/** SPEC §6 {@code fulfillmentMetrics}: percentages 0–100. */
public record FulfillmentMetrics(
    BigDecimal fulfillmentRate,
    BigDecimal cancellationRate,
    BigDecimal refundRate,
    BigDecimal disputeRate,
    BigDecimal lateDeliveryRate) {

  public FulfillmentMetrics {
    Checks.percentage(fulfillmentRate, "fulfillmentRate");
    Checks.percentage(cancellationRate, "cancellationRate");
    Checks.percentage(refundRate, "refundRate");
    Checks.percentage(disputeRate, "disputeRate");
    Checks.percentage(lateDeliveryRate, "lateDeliveryRate");
  }
}
