package com.opensylo.dashboard.service;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.service.IdentitySettings;
import com.opensylo.identity.service.SignInThrottle;
import com.opensylo.identity.service.SigningKeyService;
import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.domain.MarketplaceRepository;
import com.opensylo.marketplace.domain.MarketplaceUser;
import com.opensylo.marketplace.domain.MarketplaceUserRepository;
import com.opensylo.shared.crypto.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactional steps of a dashboard sign-in around the password check ({@link
 * DashboardLoginService}): look the user up, then record the outcome in the database-held {@link
 * SignInThrottle}, so failures counted on two nodes add up.
 */
@ApplicationScoped
public class LoginAttempts {

  @Inject MarketplaceUserRepository users;
  @Inject MarketplaceRepository marketplaces;
  @Inject PasswordHasher passwords;
  @Inject SigningKeyService signing;
  @Inject IdentitySettings identity;
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
    Optional<MarketplaceUser> found =
        userId == null ? Optional.empty() : users.findByIdForUpdate(userId);
    if (found.isEmpty() || !passwordMatches) {
      MarketplaceUser user = found.orElse(null);
      countFailure(
          normalizedEmail, user, source, user == null ? "unknown email" : "wrong password");
      return new DashboardLoginService.InvalidCredentials();
    }
    MarketplaceUser user = found.get();
    Optional<Duration> locked =
        throttle.lockedFor(DashboardLoginService.THROTTLE_REALM, normalizedEmail, source);
    if (locked.isPresent()) {
      return refuseLocked(normalizedEmail, locked.get(), source); // locked while the hash ran
    }
    throttle.recordSuccess(DashboardLoginService.THROTTLE_REALM, normalizedEmail, source);
    Instant now = Instant.now(clock);
    user.recordSuccessfulLogin(now);
    if (passwords.needsRehash(user.passwordHash())) {
      user.rehashPassword(passwords.hash(password));
    }
    Marketplace marketplace = marketplaces.findById(user.marketplaceId()).orElseThrow();
    if (!marketplace.isActive()) {
      record(
          "dashboard.login_refused",
          AuditEvent.Outcome.FAILURE,
          user,
          source,
          "marketplace " + marketplace.status());
      return new DashboardLoginService.MarketplaceInactive();
    }
    Duration ttl = settings.tokenTtl();
    String token = signing.sign(claims(user, now, ttl), JOSEObjectType.JWT);
    record("dashboard.login", AuditEvent.Outcome.SUCCESS, user, source, null);
    return new DashboardLoginService.SignedIn(token, ttl, user, marketplace);
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

  private JWTClaimsSet claims(MarketplaceUser user, Instant now, Duration ttl) {
    return new JWTClaimsSet.Builder()
        .issuer(identity.issuer())
        .subject(user.id().toString())
        .audience(settings.audience())
        .claim(DashboardLoginService.MARKETPLACE_CLAIM, user.marketplaceId().toString())
        .claim("role", user.role().name())
        .claim(DashboardLoginService.VERSION_CLAIM, user.tokenVersion())
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now))
        .expirationTime(Date.from(now.plus(ttl)))
        .build();
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
