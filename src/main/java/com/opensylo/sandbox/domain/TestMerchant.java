package com.opensylo.sandbox.domain;

import java.math.BigDecimal;

/**
 * One of the five published sandbox merchants (SPEC §10): a consent-page account with a public
 * password, linked to the sandbox marketplace under {@code merchantId}, whose scores are simulated
 * from its tier's profile (the data file {@code profile}, scored by the real model).
 *
 * @param loan the ACTIVE loan the seed gives it, or null
 */
public record TestMerchant(
    String tier,
    String email,
    String password,
    String merchantId,
    String businessName,
    int creditScore,
    String riskLevel,
    String description,
    String profile,
    SeedLoan loan) {

  /**
   * The terms of a seeded loan (disbursed at once, so ACTIVE); {@code deductionRate} is a percent
   * of each sale, as in every loan (10.00 = 10 %).
   */
  public record SeedLoan(BigDecimal principal, BigDecimal fee, BigDecimal deductionRate) {}
}
