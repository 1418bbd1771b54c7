package com.opensylo.scoring.profile;

import java.math.BigDecimal;

/**
 * SPEC §6 {@code platformDependency}; {@code platformRevenueShare} and the rate are percentages.
 */
public record PlatformDependency(
    int monthsOnPlatform,
    BigDecimal platformRevenueShare,
    boolean sellsOnOtherPlatforms,
    int activeListings,
    BigDecimal repeatCustomerRate) {

  public PlatformDependency {
    Checks.count(monthsOnPlatform, "monthsOnPlatform");
    Checks.percentage(platformRevenueShare, "platformRevenueShare");
    Checks.count(activeListings, "activeListings");
    Checks.percentage(repeatCustomerRate, "repeatCustomerRate");
  }
}
