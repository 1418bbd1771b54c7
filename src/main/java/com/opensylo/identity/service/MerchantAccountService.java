package com.opensylo.identity.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.MerchantAccount;
import com.opensylo.identity.domain.MerchantAccountRepository;
import com.opensylo.shared.error.ConflictException;
import com.opensylo.shared.error.ResourceNotFoundException;
import com.opensylo.shared.text.EmailAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Merchant accounts: creation by admins (and the sandbox), and sign-in on the consent page. */
@ApplicationScoped
public class MerchantAccountService {

  @Inject MerchantAccountRepository accounts;
  @Inject PasswordHasher passwords;
  @Inject AuditService audit;
  @Inject Clock clock;
  @Inject SignInThrottle throttle;

  /** The sign-in throttle's realm for merchants on the consent page. */
  public static final String THROTTLE_REALM = "merchant";

  @Inject
  @ConfigProperty(name = "opensylo.oauth.merchant-lockout.max-failures", defaultValue = "5")
  Provider<Integer> lockoutMaxFailures;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.merchant-lockout.duration", defaultValue = "PT15M")
  Provider<Duration> lockoutDuration;

  @Transactional
  public MerchantAccount create(
      String email, String password, String businessName, AuditService.Actor actor, String source) {
    String normalized = EmailAddresses.normalize(email);
    if (accounts.findByEmail(normalized).isPresent()) {
      throw new ConflictException(
          "EMAIL_TAKEN", "A merchant account with this email already exists.");
    }
    MerchantAccount account =
        new MerchantAccount(normalized, passwords.hash(password), businessName, Instant.now(clock));
    accounts.add(account);
    audit.record(
        "merchant_account.created",
        AuditEvent.Outcome.SUCCESS,
        actor,
        "merchant_account",
        account.id().toString(),
        source,
        null);
    return account;
  }

  @Transactional
  public MerchantAccount get(UUID id) {
    return accounts
        .findById(id)
        .orElseThrow(() -> new ResourceNotFoundException("Merchant not found"));
  }

  /** How a consent-page sign-in ended. */
  public sealed interface SignIn {}

  /** The email and password match. */
  public record SignedIn(MerchantAccount account) implements SignIn {}

  /**
   * Refused: unknown email, wrong password, or a lock (the email from this address, or the
   * address). One answer for all three, so the lock reveals neither the account nor itself.
   */
  public record Refused() implements SignIn {}

  /**
   * Checks a merchant's email and password on the consent page. Unknown email, wrong password and a
   * lock give the same answer at the same cost (one password hash); failures count in {@link
   * SignInThrottle} (realm {@value #THROTTLE_REALM}) by email and source address, known email or
   * not. Every attempt is audited without the password.
   */
  @Transactional
  public SignIn signIn(String email, String password, String source) {
    String normalized = EmailAddresses.normalize(email);
    Optional<MerchantAccount> account =
        normalized == null ? Optional.empty() : accounts.findByEmail(normalized);
    String accountId = account.map(a -> a.id().toString()).orElse(null);
    if (throttle.lockedFor(THROTTLE_REALM, normalized, source).isPresent()) {
      passwords.matches(password, null); // the same cost as a checked password
      audit.record(
          "merchant.sign_in_locked",
          AuditEvent.Outcome.FAILURE,
          new AuditService.Actor("merchant", null),
          "merchant_account",
          accountId,
          source,
          "sign-in locked after repeated failures");
      return new Refused();
    }
    boolean ok =
        passwords.matches(password, account.map(MerchantAccount::passwordHash).orElse(null));
    if (!ok) {
      SignInThrottle.Failure failure =
          throttle.recordFailure(
              THROTTLE_REALM,
              normalized,
              source,
              new SignInThrottle.Limit(lockoutMaxFailures.get(), lockoutDuration.get()));
      audit.record(
          "merchant.sign_in_failed",
          AuditEvent.Outcome.FAILURE,
          new AuditService.Actor("merchant", null),
          "merchant_account",
          accountId,
          source,
          account.isEmpty() ? "unknown email" : "wrong password");
      if (failure.lockedAnything()) {
        audit.record(
            "merchant.account_locked",
            AuditEvent.Outcome.FAILURE,
            new AuditService.Actor("merchant", null),
            "merchant_account",
            accountId,
            source,
            failure.accountLocked()
                ? "locked for " + lockoutDuration.get() + " on this address"
                : "this address is locked after too many failed sign-ins");
      }
      return new Refused();
    }
    throttle.recordSuccess(THROTTLE_REALM, normalized, source);
    audit.record(
        "merchant.sign_in",
        AuditEvent.Outcome.SUCCESS,
        new AuditService.Actor("merchant", accountId),
        "merchant_account",
        accountId,
        source,
        null);
    if (passwords.needsRehash(account.get().passwordHash())) {
      account.get().rehashPassword(passwords.hash(password));
    }
    return new SignedIn(account.get());
  }
}
