package com.opensylo.scoring.profile;

import java.time.LocalDate;
import java.util.Objects;

/**
 * SPEC §6 {@code merchantIdentity}. Only {@code verified} is scored (an unverified merchant carries
 * a penalty); the rest identifies the merchant in the analyst's view.
 */
public record MerchantIdentity(
    String merchantId,
    String businessName,
    BusinessType businessType,
    LocalDate marketplaceOnboardingDate,
    boolean verified,
    String country,
    String category) {

  public MerchantIdentity {
    Objects.requireNonNull(merchantId, "merchantId");
  }

  /** SPEC §6 {@code businessType}. */
  public enum BusinessType {
    INDIVIDUAL,
    REGISTERED_BUSINESS
  }
}
