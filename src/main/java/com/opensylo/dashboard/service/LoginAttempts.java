package com.opensylo.dashboard.service;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.service.IdentitySettings;
import com.opensylo.identity.service.PasswordHasher;
import com.opensylo.identity.service.SigningKeyService;
import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.domain.MarketplaceRepository;
import com.opensylo.marketplace.domain.MarketplaceUser;
import com.opensylo.marketplace.domain.MarketplaceUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactional steps of a dashboard sign-in around the password check ({@link
 * DashboardLoginService}): look the user up, then record the outcome with the user's row locked, so
 * failures counted on two nodes add up.
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

  @Transactional
  public Optional<MarketplaceUser> user(String normalizedEmail) {
    return users.findByEmail(normalizedEmail);
  }

  @Transactional
  public DashboardLoginService.Outcome unknownEmail(String source) {
    record("dashboard.login_failed", AuditEvent.Outcome.FAILURE, null, source, "unknown email");
    return new DashboardLoginService.InvalidCredentials();
  }

  @Transactional
  public DashboardLoginService.Outcome refuseLocked(
      MarketplaceUser user, Instant now, String source) {
    record("dashboard.login_refused", AuditEvent.Outcome.FAILURE, user, source, "account locked");
    return new DashboardLoginService.Locked(user.lockRemainingAt(now));
  }

  /** Records a checked password: counts a failure (maybe locking), or signs the user in. */
  @Transactional
  public DashboardLoginService.Outcome conclude(
      UUID userId, boolean passwordMatches, String password, Instant now, String source) {
    Optional<MarketplaceUser> found = users.findByIdForUpdate(userId);
    if (found.isEmpty()) {
      return unknownEmail(source); // removed while the hash ran
    }
    MarketplaceUser user = found.get();
    if (user.isLockedAt(now)) {
      return refuseLocked(user, now, source); // another node locked it while the hash ran
    }
    if (!passwordMatches) {
      boolean lockedNow =
          user.recordFailedLogin(now, settings.maxFailures(), settings.lockDuration());
      record("dashboard.login_failed", AuditEvent.Outcome.FAILURE, user, source, "wrong password");
      if (lockedNow) {
        record(
            "dashboard.account_locked",
            AuditEvent.Outcome.FAILURE,
            user,
            source,
            "locked for "
                + settings.lockDuration()
                + " after "
                + settings.maxFailures()
                + " failed sign-ins");
      }
      return new DashboardLoginService.InvalidCredentials();
    }
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

  private JWTClaimsSet claims(MarketplaceUser user, Instant now, Duration ttl) {
    return new JWTClaimsSet.Builder()
        .issuer(identity.issuer())
        .subject(user.id().toString())
        .audience(settings.audience())
        .claim(DashboardLoginService.MARKETPLACE_CLAIM, user.marketplaceId().toString())
        .claim("role", user.role().name())
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
