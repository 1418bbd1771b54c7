package com.opensylo.dashboard.service;

import com.opensylo.identity.service.PasswordHasher;
import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.domain.MarketplaceUser;
import com.opensylo.shared.text.EmailAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Dashboard sign-in. An unknown email and a wrong password cost the same (one Argon2id hash) and
 * give the same answer; consecutive failures lock the account for a while. The hash runs outside
 * any transaction, so a burst of sign-ins holds no database connection while it computes; {@link
 * LoginAttempts} does the short transactional steps before and after. Outcomes are returned rather
 * than thrown, so failure counts and audit events commit even when the caller is refused.
 */
@ApplicationScoped
public class DashboardLoginService {

  /** Claim naming the marketplace a dashboard JWT acts for. */
  public static final String MARKETPLACE_CLAIM = "marketplace_id";

  @Inject LoginAttempts attempts;
  @Inject PasswordHasher passwords;
  @Inject Clock clock;

  /** How a sign-in ended. */
  public sealed interface Outcome {}

  /** Signed in: the dashboard JWT and whom it is for. */
  public record SignedIn(
      String accessToken, Duration expiresIn, MarketplaceUser user, Marketplace marketplace)
      implements Outcome {}

  /** Unknown email or wrong password (indistinguishable by design). */
  public record InvalidCredentials() implements Outcome {}

  /** Too many failures: no password is checked until the lock ends. */
  public record Locked(Duration retryAfter) implements Outcome {}

  /** Right password, but the marketplace is not ACTIVE. */
  public record MarketplaceInactive() implements Outcome {}

  public Outcome login(String email, String password, String source) {
    Instant now = Instant.now(clock);
    String normalized = EmailAddresses.normalize(email);
    Optional<MarketplaceUser> found =
        normalized == null ? Optional.empty() : attempts.user(normalized);
    if (found.isPresent() && found.get().isLockedAt(now)) {
      return attempts.refuseLocked(found.get(), now, source);
    }
    boolean passwordMatches =
        passwords.matches(password, found.map(MarketplaceUser::passwordHash).orElse(null));
    if (found.isEmpty()) {
      return attempts.unknownEmail(source);
    }
    return attempts.conclude(found.get().id(), passwordMatches, password, now, source);
  }
}
