package com.opensylo.dashboard.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.service.AccessTokenDenylist;
import com.opensylo.identity.service.SignInThrottle;
import com.opensylo.marketplace.domain.MarketplaceUser;
import com.opensylo.marketplace.service.MarketplaceUserService;
import com.opensylo.shared.crypto.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A signed-in dashboard user ending their sessions: logout ends one dashboard JWT (its {@code jti}
 * on the denylist); a password change ends all of the user's JWTs (the user's token version goes
 * up). Both take effect at once on every node. The password hashes run outside any transaction.
 */
@ApplicationScoped
public class DashboardAccountService {

  @Inject AccessTokenDenylist denylist;
  @Inject PasswordHasher passwords;
  @Inject SignInThrottle throttle;
  @Inject DashboardSignInSteps attempts;
  @Inject MarketplaceUserService users;
  @Inject AuditService audit;

  /** Ends the dashboard JWT {@code jti} of {@code user}. */
  public void logout(MarketplaceUser user, String jti, Instant expiresAt, String source) {
    denylist.revoke(jti, expiresAt);
    String id = user.id().toString();
    audit.record(
        "dashboard.logout",
        AuditEvent.Outcome.SUCCESS,
        new AuditService.Actor("marketplace_user", id),
        "marketplace_user",
        id,
        source,
        null);
  }

  /**
   * Replaces the user's password after checking the current one, and ends every dashboard JWT the
   * user had. A wrong current password counts as a failed sign-in of that email from {@code source}
   * (403); while locked, 429 {@code ACCOUNT_LOCKED}; the same password again, 422.
   */
  public void changePassword(
      MarketplaceUser user, String currentPassword, String newPassword, String source) {
    if (user.isPublished()) {
      throw new com.opensylo.shared.error.ForbiddenException(
          "PUBLISHED_ACCOUNT",
          "This account's password is published (the sandbox's) and cannot be changed.");
    }
    String email = user.email();
    Optional<Duration> locked =
        throttle.lockedFor(DashboardLoginService.THROTTLE_REALM, email, source);
    if (locked.isPresent()) {
      throw DashboardErrors.accountLocked(locked.get());
    }
    if (!passwords.matches(currentPassword, user.passwordHash())) {
      attempts.countFailure(email, user, source, "wrong current password");
      throw DashboardErrors.wrongCurrentPassword();
    }
    if (currentPassword.equals(newPassword)) {
      throw DashboardErrors.passwordUnchanged();
    }
    throttle.recordSuccess(DashboardLoginService.THROTTLE_REALM, email, source);
    users.changePassword(user.id(), passwords.hash(newPassword), source);
  }
}
