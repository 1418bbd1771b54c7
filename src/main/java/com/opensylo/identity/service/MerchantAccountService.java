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
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Merchant accounts: creation by admins (and the sandbox), and sign-in on the consent page. */
@ApplicationScoped
public class MerchantAccountService {

  @Inject MerchantAccountRepository accounts;
  @Inject PasswordHasher passwords;
  @Inject AuditService audit;
  @Inject Clock clock;

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

  /**
   * The account if the email and password match; the same empty answer, at the same cost, for an
   * unknown email and a wrong password. Every attempt is audited without the password.
   */
  @Transactional
  public Optional<MerchantAccount> signIn(String email, String password, String source) {
    String normalized = EmailAddresses.normalize(email);
    Optional<MerchantAccount> account =
        normalized == null ? Optional.empty() : accounts.findByEmail(normalized);
    boolean ok =
        passwords.matches(password, account.map(MerchantAccount::passwordHash).orElse(null));
    audit.record(
        ok ? "merchant.sign_in" : "merchant.sign_in_failed",
        ok ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.FAILURE,
        new AuditService.Actor("merchant", ok ? account.get().id().toString() : null),
        "merchant_account",
        account.map(a -> a.id().toString()).orElse(null),
        source,
        null);
    if (ok && passwords.needsRehash(account.get().passwordHash())) {
      account.get().rehashPassword(passwords.hash(password));
    }
    return ok ? account : Optional.empty();
  }
}
