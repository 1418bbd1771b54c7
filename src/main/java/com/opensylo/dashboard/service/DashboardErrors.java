package com.opensylo.dashboard.service;

import com.opensylo.shared.error.ApiException;
import com.opensylo.shared.error.BusinessRuleViolationException;
import com.opensylo.shared.error.RetryLaterException;
import java.time.Duration;

/**
 * The errors of the Marketplace Dashboard, each code with the one message it is answered with, for
 * the sign-in, the per-request access check and the account endpoints alike.
 */
public final class DashboardErrors {

  public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";
  public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
  public static final String MARKETPLACE_SUSPENDED = "MARKETPLACE_SUSPENDED";
  public static final String TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS";
  public static final String PASSWORD_UNCHANGED = "PASSWORD_UNCHANGED";

  private DashboardErrors() {}

  /** 401: unknown email or wrong password, one message for both. */
  public static ApiException invalidCredentials() {
    return new ApiException(401, INVALID_CREDENTIALS, "Invalid email or password.");
  }

  /** 403: a signed-in user's current password did not match. */
  public static ApiException wrongCurrentPassword() {
    return new ApiException(403, INVALID_CREDENTIALS, "The current password is incorrect.");
  }

  /** 429 with {@code Retry-After}: this email (from this address) or this address is locked. */
  public static RetryLaterException accountLocked(Duration retryAfter) {
    return new RetryLaterException(
        429,
        ACCOUNT_LOCKED,
        "Too many failed sign-ins: the account is locked for a while; retry later.",
        retryAfter);
  }

  /** 403: the user's marketplace is not ACTIVE (sign-in and every dashboard call). */
  public static ApiException marketplaceSuspended() {
    return new ApiException(403, MARKETPLACE_SUSPENDED, "This marketplace is suspended.");
  }

  /** 429 with {@code Retry-After}: too many refused user additions from this address. */
  static RetryLaterException tooManyAdditions(Duration retryAfter) {
    return new RetryLaterException(
        429, TOO_MANY_ATTEMPTS, "Too many refused additions: retry later.", retryAfter);
  }

  /** 422: a password change to the same password. */
  static BusinessRuleViolationException passwordUnchanged() {
    return new BusinessRuleViolationException(
        PASSWORD_UNCHANGED, "The new password must differ from the current one.");
  }
}
