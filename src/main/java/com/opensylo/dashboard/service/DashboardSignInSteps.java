package com.opensylo.dashboard.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.service.SignInThrottle;
import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.domain.MarketplaceUser;
import com.opensylo.marketplace.service.MarketplaceUserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactional steps of a dashboard sign-in around the password check ({@link
 * DashboardLoginService}, which hashes outside any transaction): look the user up, then record the
 * outcome in the database-held {@link SignInThrottle}, so failures counted on two nodes add up, and
 * on success record the sign-in (through the marketplace feature) and mint the dashboard JWT.
 */
@ApplicationScoped
public class DashboardSignInSteps {

  @Inject MarketplaceUserService users;
  @Inject DashboardTokens tokens;
  @Inject DashboardSettings settings;
  @Inject AuditService audit;
  @Inject SignInThrottle throttle;
  @Inject Clock clock;

  @Transactional
  public Optional<MarketplaceUser> user(String normalizedEmail) {
    return normalizedEmail == null ? Optional.empty() : users.findByEmail(normalizedEmail);
  }

  /** Refuses a sign-in while the email (from this source) or the source is locked. */
  @Transactional
  public DashboardLoginService.Outcome refuseLocked(
      String normalizedEmail, Duration retryAfter, String source) {
    record(
        "dashboard.login_refused",
        AuditEvent.Outcome.FAILURE,
        user(normalizedEmail).orElse(null),
        source,
        "account locked");
    return new DashboardLoginService.Locked(retryAfter);
  }

  /**
   * Records a checked password: counts a failure (maybe locking), or signs the user in. {@code
   * userId} is null for an unknown email, which counts exactly like a wrong password.
   */
  @Transactional
  public DashboardLoginService.Outcome conclude(
      String normalizedEmail,
      UUID userId,
      boolean passwordMatches,
      String password,
      String source) {
    Optional<MarketplaceUserService.Member> found =
        userId == null ? Optional.empty() : users.lockMember(userId);
    if (found.isEmpty() || !passwordMatches) {
      MarketplaceUser user = found.map(MarketplaceUserService.Member::user).orElse(null);
      countFailure(
          normalizedEmail, user, source, user == null ? "unknown email" : "wrong password");
      return new DashboardLoginService.InvalidCredentials();
    }
    MarketplaceUser user = found.get().user();
    Optional<Duration> locked =
        throttle.lockedFor(DashboardLoginService.THROTTLE_REALM, normalizedEmail, source);
    if (locked.isPresent()) {
      return refuseLocked(normalizedEmail, locked.get(), source); // locked while the hash ran
    }
    throttle.recordSuccess(DashboardLoginService.THROTTLE_REALM, normalizedEmail, source);
    Instant now = Instant.now(clock);
    users.recordSignIn(user, password, now);
    Marketplace marketplace = found.get().marketplace();
    if (!marketplace.isActive()) {
      record(
          "dashboard.login_refused",
          AuditEvent.Outcome.FAILURE,
          user,
          source,
          "marketplace " + marketplace.status());
      return new DashboardLoginService.MarketplaceInactive();
    }
    String token = tokens.mint(user, now);
    record("dashboard.login", AuditEvent.Outcome.SUCCESS, user, source, null);
    return new DashboardLoginService.SignedIn(token, settings.tokenTtl(), user, marketplace);
  }

  /**
   * Counts a failed password check of {@code normalizedEmail} from {@code source} (sign-in or
   * password change) and audits it, and the lock if this failure set one.
   */
  @Transactional
  public void countFailure(
      String normalizedEmail, MarketplaceUser user, String source, String reason) {
    SignInThrottle.Failure failure =
        throttle.recordFailure(
            DashboardLoginService.THROTTLE_REALM,
            normalizedEmail,
            source,
            new SignInThrottle.Limit(settings.maxFailures(), settings.lockDuration()));
    record("dashboard.login_failed", AuditEvent.Outcome.FAILURE, user, source, reason);
    if (failure.accountLocked()) {
      record(
          "dashboard.account_locked",
          AuditEvent.Outcome.FAILURE,
          user,
          source,
          "locked for "
              + settings.lockDuration()
              + " after "
              + settings.maxFailures()
              + " failed sign-ins from this address");
    }
    if (failure.sourceLocked()) {
      record(
          "dashboard.source_locked",
          AuditEvent.Outcome.FAILURE,
          null,
          source,
          "too many failed sign-ins from this address");
    }
  }

  private void record(
      String type,
      AuditEvent.Outcome outcome,
      MarketplaceUser user,
      String source,
      String details) {
    String id = user == null ? null : user.id().toString();
    audit.record(
        type,
        outcome,
        new AuditService.Actor("marketplace_user", id),
        "marketplace_user",
        id,
        source,
        details);
  }
}
