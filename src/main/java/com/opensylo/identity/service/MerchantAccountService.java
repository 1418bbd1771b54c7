package com.opensylo.identity.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.MerchantAccount;
import com.opensylo.identity.domain.MerchantAccountRepository;
import com.opensylo.shared.crypto.PasswordHasher;
import com.opensylo.shared.error.ConflictException;
import com.opensylo.shared.error.ResourceNotFoundException;
import com.opensylo.shared.persistence.ConstraintConflict;
import com.opensylo.shared.text.EmailAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Merchant accounts: creation by admins (and the sandbox), and sign-in on the consent page. */
@ApplicationScoped
public class MerchantAccountService {

  @Inject MerchantAccountRepository accounts;
  @Inject PasswordHasher passwords;
  @Inject AuditService audit;
  @Inject Clock clock;
  @Inject MerchantSignInSteps steps;

  /** The sign-in throttle's realm for merchants on the consent page. */
  public static final String THROTTLE_REALM = "merchant";

  @Transactional
  public MerchantAccount create(
      String email, String password, String businessName, AuditService.Actor actor, String source) {
    String normalized = EmailAddresses.normalize(email);
    if (accounts.findByEmail(normalized).isPresent()) {
      throw emailTaken();
    }
    MerchantAccount account =
        new MerchantAccount(normalized, passwords.hash(password), businessName, Instant.now(clock));
    try {
      accounts.add(account);
    } catch (ConstraintConflict taken) {
      throw emailTaken(); // created concurrently: the unique key decided
    }
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

  /**
   * The published sandbox test merchant {@code email} (SPEC §10), created if missing or put back to
   * its published password; inside the caller's transaction (the sandbox seed and reset).
   *
   * @throws IllegalStateException when the email belongs to an account that is not a sandbox one
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public MerchantAccount ensureSandboxTestAccount(
      String email, String password, String businessName) {
    String normalized = EmailAddresses.normalize(email);
    java.util.Optional<MerchantAccount> existing = accounts.findByEmail(normalized);
    if (existing.isPresent()) {
      MerchantAccount account = existing.get();
      if (!account.isSandboxTestAccount()) {
        throw new IllegalStateException(normalized + " is a merchant account, not a sandbox one");
      }
      if (!passwords.matches(password, account.passwordHash())) {
        account.resetPassword(passwords.hash(password));
      }
      return account;
    }
    MerchantAccount account =
        MerchantAccount.sandboxTestAccount(
            normalized, passwords.hash(password), businessName, Instant.now(clock));
    accounts.add(account);
    audit.record(
        "merchant_account.created",
        AuditEvent.Outcome.SUCCESS,
        AuditService.Actor.system(),
        "merchant_account",
        account.id().toString(),
        null,
        "sandbox test merchant");
    return account;
  }

  private static ConflictException emailTaken() {
    return new ConflictException(
        "EMAIL_TAKEN", "A merchant account with this email already exists.");
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
   * not. Every attempt is audited without the password. The hash runs between two short
   * transactions ({@link MerchantSignInSteps}), never inside one.
   */
  public SignIn signIn(String email, String password, String source) {
    String normalized = EmailAddresses.normalize(email);
    MerchantSignInSteps.Prepared prepared = steps.prepare(normalized, source);
    // the one expensive step, in no transaction: a burst of sign-ins holds no connection here
    boolean ok = passwords.matches(password, prepared.locked() ? null : prepared.passwordHash());
    if (prepared.locked()) {
      return steps.refuseLocked(prepared, source);
    }
    String rehashed =
        ok && passwords.needsRehash(prepared.passwordHash()) ? passwords.hash(password) : null;
    return steps.conclude(prepared, ok, rehashed, source);
  }
}
