package com.opensylo.scoring.scorecard;

import static com.opensylo.scoring.scorecard.Component.FULFILLMENT;
import static com.opensylo.scoring.scorecard.Component.HISTORICAL_CREDIT;
import static com.opensylo.scoring.scorecard.Component.PAYOUT_CASH_FLOW;
import static com.opensylo.scoring.scorecard.Component.PLATFORM_DEPENDENCY;
import static com.opensylo.scoring.scorecard.Component.REVENUE_CONSISTENCY;
import static com.opensylo.scoring.scorecard.Component.SALES_PERFORMANCE;

/**
 * Every metric a scorecard may bin. Its component and its direction are fixed here, not in the
 * file: a scorecard that claims more disputes are better, or scores disputes under sales, is
 * refused. {@code mayBeUnknown} marks metrics that can lack a value even when their block was
 * shared (and so need a text saying what to share).
 */
public enum Metric {
  ORDER_COUNT(SALES_PERFORMANCE, Direction.HIGHER, false),
  SALES_GROWTH_RATE(SALES_PERFORMANCE, Direction.HIGHER, false),
  MONTHS_WITH_SALES(REVENUE_CONSISTENCY, Direction.HIGHER, false),
  ACTIVE_SALES_DAYS_LAST_30(REVENUE_CONSISTENCY, Direction.HIGHER, false),
  ZERO_SALES_DAYS_LAST_90(REVENUE_CONSISTENCY, Direction.LOWER, false),
  /** Coefficient of variation of the monthly revenue series, in % (needs three months or more). */
  REVENUE_VOLATILITY(REVENUE_CONSISTENCY, Direction.LOWER, true),
  FULFILLMENT_RATE(FULFILLMENT, Direction.HIGHER, false),
  CANCELLATION_RATE(FULFILLMENT, Direction.LOWER, false),
  REFUND_RATE(FULFILLMENT, Direction.LOWER, false),
  DISPUTE_RATE(FULFILLMENT, Direction.LOWER, false),
  LATE_DELIVERY_RATE(FULFILLMENT, Direction.LOWER, false),
  /** Payouts a month implied by the payout frequency. */
  PAYOUTS_PER_MONTH(PAYOUT_CASH_FLOW, Direction.HIGHER, false),
  FAILED_PAYOUTS(PAYOUT_CASH_FLOW, Direction.LOWER, false),
  PAYOUT_COUNT_90_DAYS(PAYOUT_CASH_FLOW, Direction.HIGHER, false),
  MONTHS_ON_PLATFORM(PLATFORM_DEPENDENCY, Direction.HIGHER, false),
  PLATFORM_REVENUE_SHARE(PLATFORM_DEPENDENCY, Direction.HIGHER, false),
  ACTIVE_LISTINGS(PLATFORM_DEPENDENCY, Direction.HIGHER, false),
  REPEAT_CUSTOMER_RATE(PLATFORM_DEPENDENCY, Direction.HIGHER, false),
  PREVIOUS_DEFAULTS(HISTORICAL_CREDIT, Direction.LOWER, false),
  PREVIOUS_LOANS_REPAID(HISTORICAL_CREDIT, Direction.HIGHER, false),
  /** Known only when the merchant had a previous loan. */
  ON_TIME_REPAYMENT_RATE(HISTORICAL_CREDIT, Direction.HIGHER, true),
  /** 1 when the merchant has active external loans, else 0. */
  ACTIVE_EXTERNAL_LOANS(HISTORICAL_CREDIT, Direction.LOWER, false),
  /** External debt as a % of average monthly sales; needs the sales block. */
  EXTERNAL_DEBT_TO_MONTHLY_SALES(HISTORICAL_CREDIT, Direction.LOWER, true);

  private final Component component;
  private final Direction direction;
  private final boolean mayBeUnknown;

  Metric(Component component, Direction direction, boolean mayBeUnknown) {
    this.component = component;
    this.direction = direction;
    this.mayBeUnknown = mayBeUnknown;
  }

  public Component component() {
    return component;
  }

  public Direction direction() {
    return direction;
  }

  public boolean mayBeUnknown() {
    return mayBeUnknown;
  }
}
