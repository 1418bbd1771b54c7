package com.opensylo.dashboard.service;

import com.opensylo.identity.service.SignInThrottle;
import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.domain.MarketplaceUser;
import com.opensylo.shared.crypto.PasswordHasher;
import com.opensylo.shared.text.EmailAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Dashboard sign-in. An unknown email and a wrong password cost the same (one Argon2id hash) and
 * give the same answer; repeated failures of one email from one source address lock that pair for a
 * while, whether the email exists or not, and failures from one address across all emails lock the
 * address ({@link SignInThrottle}, realm {@value #THROTTLE_REALM}). The hash runs outside any
 * transaction, so a burst of sign-ins holds no database connection while it computes; {@link
 * DashboardSignInSteps} does the short transactional steps before and after. Outcomes are returned
 * rather than thrown, so failure counts and audit events commit even when the caller is refused.
 */
@ApplicationScoped
public class DashboardLoginService {

  /** The sign-in throttle's realm for dashboard users (sign-in and password change). */
  public static final String THROTTLE_REALM = "dashboard";

  @Inject DashboardSignInSteps attempts;
  @Inject PasswordHasher passwords;
  @Inject SignInThrottle throttle;

  /** How a sign-in ended; each refusal knows the error it is answered with. */
  public sealed interface Outcome {

    /** The signed-in session, or this refusal's {@link DashboardErrors error} thrown. */
    SignedIn orThrow();
  }

  /** Signed in: the dashboard JWT and whom it is for. */
  public record SignedIn(
      String accessToken, Duration expiresIn, MarketplaceUser user, Marketplace marketplace)
      implements Outcome {

    @Override
    public SignedIn orThrow() {
      return this;
    }
  }

  /** Unknown email or wrong password (indistinguishable by design): 401. */
  public record InvalidCredentials() implements Outcome {

    @Override
    public SignedIn orThrow() {
      throw DashboardErrors.invalidCredentials();
    }
  }

  /**
   * Too many failures of this email from this address, or from this address: no password is checked
   * until the lock ends (the same for a known and an unknown email). 429 with {@code Retry-After}.
   */
  public record Locked(Duration retryAfter) implements Outcome {

    @Override
    public SignedIn orThrow() {
      throw DashboardErrors.accountLocked(retryAfter);
    }
  }

  /** Right password, but the marketplace is not ACTIVE: 403, as on every other dashboard call. */
  public record MarketplaceInactive() implements Outcome {

    @Override
    public SignedIn orThrow() {
      throw DashboardErrors.marketplaceSuspended();
    }
  }

  public Outcome login(String email, String password, String source) {
    String normalized = EmailAddresses.normalize(email);
    Optional<Duration> locked = throttle.lockedFor(THROTTLE_REALM, normalized, source);
    if (locked.isPresent()) {
      return attempts.refuseLocked(normalized, locked.get(), source);
    }
    Optional<MarketplaceUser> found = attempts.user(normalized);
    boolean passwordMatches =
        passwords.matches(password, found.map(MarketplaceUser::passwordHash).orElse(null));
    return attempts.conclude(
        normalized, found.map(MarketplaceUser::id).orElse(null), passwordMatches, password, source);
  }
}
