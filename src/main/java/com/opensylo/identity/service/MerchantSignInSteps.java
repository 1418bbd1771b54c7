package com.opensylo.identity.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.MerchantAccount;
import com.opensylo.identity.domain.MerchantAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The short transactions around a consent-page password check ({@link
 * MerchantAccountService#signIn}): look the account and the throttle up, then record the outcome
 * (the throttle's count, the audit event, a rehash).
 */
@ApplicationScoped
public class MerchantSignInSteps {

  @Inject MerchantAccountRepository accounts;
  @Inject SignInThrottle throttle;
  @Inject AuditService audit;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.merchant-lockout.max-failures")
  Provider<Integer> lockoutMaxFailures;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.merchant-lockout.duration")
  Provider<Duration> lockoutDuration;

  /** What the password check needs: the account (if any), its hash, and whether a lock applies. */
  public record Prepared(
      String normalizedEmail, UUID accountId, String passwordHash, boolean locked) {}

  @Transactional
  public Prepared prepare(String normalizedEmail, String source) {
    Optional<MerchantAccount> account =
        normalizedEmail == null ? Optional.empty() : accounts.findByEmail(normalizedEmail);
    boolean locked =
        throttle
            .lockedFor(MerchantAccountService.THROTTLE_REALM, normalizedEmail, source)
            .isPresent();
    return new Prepared(
        normalizedEmail,
        account.map(MerchantAccount::id).orElse(null),
        account.map(MerchantAccount::passwordHash).orElse(null),
        locked);
  }

  @Transactional
  public MerchantAccountService.SignIn refuseLocked(Prepared prepared, String source) {
    record("merchant.sign_in_locked", prepared, source, "sign-in locked after repeated failures");
    return new MerchantAccountService.Refused();
  }

  /**
   * Records a checked password: a failure counts (and may lock), a success clears the count and
   * stores {@code rehashed} when the stored hash was of an older scheme.
   */
  @Transactional
  public MerchantAccountService.SignIn conclude(
      Prepared prepared, boolean passwordMatches, String rehashed, String source) {
    Optional<MerchantAccount> account =
        prepared.accountId() == null ? Optional.empty() : accounts.findById(prepared.accountId());
    String realm = MerchantAccountService.THROTTLE_REALM;
    if (!passwordMatches || account.isEmpty()) {
      SignInThrottle.Failure failure =
          throttle.recordFailure(
              realm,
              prepared.normalizedEmail(),
              source,
              new SignInThrottle.Limit(lockoutMaxFailures.get(), lockoutDuration.get()));
      record(
          "merchant.sign_in_failed",
          prepared,
          source,
          prepared.accountId() == null ? "unknown email" : "wrong password");
      if (failure.lockedAnything()) {
        record(
            "merchant.account_locked",
            prepared,
            source,
            failure.accountLocked()
                ? "locked for " + lockoutDuration.get() + " on this address"
                : "this address is locked after too many failed sign-ins");
      }
      return new MerchantAccountService.Refused();
    }
    throttle.recordSuccess(realm, prepared.normalizedEmail(), source);
    String id = prepared.accountId().toString();
    audit.record(
        "merchant.sign_in",
        AuditEvent.Outcome.SUCCESS,
        new AuditService.Actor("merchant", id),
        "merchant_account",
        id,
        source,
        null);
    if (rehashed != null) {
      account.get().rehashPassword(rehashed);
    }
    return new MerchantAccountService.SignedIn(account.get());
  }

  private void record(String type, Prepared prepared, String source, String details) {
    audit.record(
        type,
        AuditEvent.Outcome.FAILURE,
        new AuditService.Actor("merchant", null),
        "merchant_account",
        prepared.accountId() == null ? null : prepared.accountId().toString(),
        source,
        details);
  }
}
