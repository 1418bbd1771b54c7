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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Dashboard sign-in. An unknown email and a wrong password cost the same (one PBKDF2 hash) and give the same answer;
 * consecutive failures lock the account for a while. The outcome is returned rather than thrown, so the failure
 * count and the audit event commit even when the caller is refused.
 */
@ApplicationScoped
public class DashboardLoginService {

  /** Claim naming the marketplace a dashboard JWT acts for. */
  public static final String MARKETPLACE_CLAIM = "marketplace_id";

  @Inject MarketplaceUserRepository users;
  @Inject MarketplaceRepository marketplaces;
  @Inject PasswordHasher passwords;
  @Inject SigningKeyService signing;
  @Inject IdentitySettings identity;
  @Inject DashboardSettings settings;
  @Inject AuditService audit;
  @Inject Clock clock;

  /** How a sign-in ended. */
  public sealed interface Outcome {}

  /** Signed in: the dashboard JWT and whom it is for. */
  public record SignedIn(String accessToken, Duration expiresIn, MarketplaceUser user, Marketplace marketplace)
      implements Outcome {}

  /** Unknown email or wrong password (indistinguishable by design). */
  public record InvalidCredentials() implements Outcome {}

  /** Too many failures: no password is checked until the lock ends. */
  public record Locked(Duration retryAfter) implements Outcome {}

  /** Right password, but the marketplace is not ACTIVE. */
  public record MarketplaceInactive() implements Outcome {}

  @Transactional
  public Outcome login(String email, String password, String source) {
    Instant now = Instant.now(clock);
    String normalized = MarketplaceUser.normalizeEmail(email);
    Optional<MarketplaceUser> found = normalized == null ? Optional.empty() : users.findByEmail(normalized);
    if (found.isPresent() && found.get().isLockedAt(now)) {
      return locked(found.get(), now, source);
    }
    // the hash runs before any row lock is taken: it is the slow part and must not hold one
    boolean passwordMatches = passwords.matches(password, found.map(MarketplaceUser::passwordHash).orElse(null));
    if (found.isEmpty()) {
      record("dashboard.login_failed", AuditEvent.Outcome.FAILURE, null, source, "unknown email");
      return new InvalidCredentials();
    }
    MarketplaceUser user = users.lock(found.get());
    if (user.isLockedAt(now)) {
      return locked(user, now, source); // another node locked it while the hash ran
    }
    if (!passwordMatches) {
      boolean lockedNow = user.recordFailedLogin(now, settings.maxFailures(), settings.lockDuration());
      record("dashboard.login_failed", AuditEvent.Outcome.FAILURE, user, source, "wrong password");
      if (lockedNow) {
        record("dashboard.account_locked", AuditEvent.Outcome.FAILURE, user, source,
            "locked for " + settings.lockDuration() + " after " + settings.maxFailures() + " failed sign-ins");
      }
      return new InvalidCredentials();
    }
    user.recordSuccessfulLogin(now);
    Marketplace marketplace = marketplaces.findById(user.marketplaceId()).orElseThrow();
    if (!marketplace.isActive()) {
      record("dashboard.login_refused", AuditEvent.Outcome.FAILURE, user, source, "marketplace " + marketplace.status());
      return new MarketplaceInactive();
    }
    Duration ttl = settings.tokenTtl();
    String token = signing.sign(claims(user, now, ttl), JOSEObjectType.JWT);
    record("dashboard.login", AuditEvent.Outcome.SUCCESS, user, source, null);
    return new SignedIn(token, ttl, user, marketplace);
  }

  private Outcome locked(MarketplaceUser user, Instant now, String source) {
    record("dashboard.login_refused", AuditEvent.Outcome.FAILURE, user, source, "account locked");
    return new Locked(user.lockRemainingAt(now));
  }

  private JWTClaimsSet claims(MarketplaceUser user, Instant now, Duration ttl) {
    return new JWTClaimsSet.Builder()
        .issuer(identity.issuer())
        .subject(user.id().toString())
        .audience(settings.audience())
        .claim(MARKETPLACE_CLAIM, user.marketplaceId().toString())
        .claim("role", user.role().name())
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now))
        .expirationTime(Date.from(now.plus(ttl)))
        .build();
  }

  private void record(String type, AuditEvent.Outcome outcome, MarketplaceUser user, String source, String details) {
    String id = user == null ? null : user.id().toString();
    audit.record(type, outcome, new AuditService.Actor("marketplace_user", id), "marketplace_user", id, source, details);
  }
}
