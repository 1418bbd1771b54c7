package com.opensylo.marketplace.service;

import com.opensylo.shared.error.ApiException;
import com.opensylo.shared.error.BusinessRuleViolationException;
import com.opensylo.shared.error.ConflictException;
import com.opensylo.shared.error.ResourceNotFoundException;

/**
 * The errors of the marketplace feature, each code with the one message it is answered with. The
 * persistence layer reports a taken unique key as a {@link
 * com.opensylo.shared.persistence.ConstraintConflict}; the services answer it from here.
 */
public final class MarketplaceErrors {

  public static final String PLATFORM_NAME_TAKEN = "PLATFORM_NAME_TAKEN";
  public static final String EMAIL_TAKEN = "EMAIL_TAKEN";
  public static final String INVALID_STATE = "INVALID_STATE";
  public static final String OWNER_EXISTS = "OWNER_EXISTS";
  public static final String OWNER_REQUIRED = "OWNER_REQUIRED";

  /** Why an onboarding may not ask for {@code admin}. */
  static final String ADMIN_RESERVED = "admin is reserved for operators";

  private MarketplaceErrors() {}

  /** 409: another marketplace has this platform name. */
  public static ConflictException platformNameTaken() {
    return new ConflictException(
        PLATFORM_NAME_TAKEN, "A marketplace with this platformName already exists.");
  }

  /**
   * 409: the email already belongs to a dashboard user. One answer whether in this marketplace or
   * any other: it never says which.
   */
  public static ConflictException emailTaken() {
    return new ConflictException(EMAIL_TAKEN, "A dashboard user with this email already exists.");
  }

  /** Whether {@code e} is the {@link #emailTaken} answer. */
  public static boolean isEmailTaken(ApiException e) {
    return EMAIL_TAKEN.equals(e.code());
  }

  /** 409: the marketplace is already in the status asked for. */
  static ConflictException alreadyInStatus(boolean active) {
    return new ConflictException(
        INVALID_STATE, "The marketplace is already " + (active ? "active." : "suspended."));
  }

  /** 404: no such marketplace. */
  static ResourceNotFoundException marketplaceNotFound() {
    return new ResourceNotFoundException("Marketplace not found");
  }

  /** 404: no such user (or one of another marketplace). */
  static ResourceNotFoundException userNotFound() {
    return new ResourceNotFoundException("User not found");
  }

  /** 422: a marketplace has exactly one OWNER. */
  static BusinessRuleViolationException ownerExists() {
    return new BusinessRuleViolationException(
        OWNER_EXISTS, "A marketplace has one OWNER; add an ADMIN or a DEVELOPER.");
  }

  /** 422: the OWNER stays. */
  static BusinessRuleViolationException ownerRequired() {
    return new BusinessRuleViolationException(OWNER_REQUIRED, "The OWNER cannot be removed.");
  }
}
