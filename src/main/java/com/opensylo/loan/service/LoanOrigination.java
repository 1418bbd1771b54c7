package com.opensylo.loan.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.loan.domain.Loan;
import com.opensylo.loan.domain.LoanErrors;
import com.opensylo.loan.domain.LoanEvents;
import com.opensylo.loan.domain.LoanRepository;
import com.opensylo.loan.domain.LoanStateException;
import com.opensylo.loan.domain.LoanStatus;
import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.service.MarketplaceService;
import com.opensylo.merchant.service.LendingFacts;
import com.opensylo.shared.error.ResourceNotFoundException;
import com.opensylo.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Operators originate loans within the merchant's latest rating and move them through their
 * transitions (SPEC §5). Each change and its outbound event commit together.
 */
@ApplicationScoped
public class LoanOrigination {

  /** The tier that takes no loan. */
  static final String INELIGIBLE_TIER = "E";

  @Inject LoanRepository loans;
  @Inject LendingFacts merchants;
  @Inject MarketplaceService marketplaces;
  @Inject LoanEvents events;
  @Inject AuditService audit;
  @Inject Clock clock;

  /** What an operator asks for. */
  public record Application(
      UUID marketplaceId,
      String merchantId,
      BigDecimal principalAmount,
      BigDecimal feeAmount,
      BigDecimal deductionRate,
      String currency) {}

  /** A page of loans. */
  public record LoanPage(List<Loan> loans, int page, int pageSize, long total) {}

  /**
   * A new APPROVED loan, announced as {@code loan.approved}.
   *
   * @throws com.opensylo.shared.error.BusinessRuleViolationException 422 unknown or suspended
   *     marketplace, unknown merchant, no score, tier E, above the cap, another currency
   */
  @Transactional
  public Loan originate(Application application, AuditService.Actor actor, String source) {
    Marketplace marketplace =
        marketplaces
            .findById(application.marketplaceId())
            .orElseThrow(LoanErrors::marketplaceNotFound);
    if (!marketplace.isActive()) {
      throw LoanErrors.marketplaceNotActive();
    }
    if (!marketplace.defaultCurrency().equals(application.currency())) {
      throw LoanErrors.currencyMismatch(marketplace.defaultCurrency());
    }
    LendingFacts.LinkedMerchant merchant =
        merchants
            .linked(marketplace.id(), application.merchantId())
            .orElseThrow(LoanErrors::merchantNotLinked);
    LendingFacts.Rating rating =
        merchants.latestRating(merchant.linkId()).orElseThrow(LoanErrors::notScored);
    if (INELIGIBLE_TIER.equals(rating.tier())) {
      throw LoanErrors.tierNotEligible(rating.tier());
    }
    java.util.Currency unit = java.util.Currency.getInstance(application.currency());
    if (!Money.fitsMinorUnit(application.principalAmount(), unit)) {
      throw LoanErrors.invalidAmount("principalAmount", application.currency());
    }
    if (!Money.fitsMinorUnit(application.feeAmount(), unit)) {
      throw LoanErrors.invalidAmount("feeAmount", application.currency());
    }
    Money principal = Money.of(application.principalAmount(), application.currency());
    Money cap = Money.of(rating.lendingCap(), rating.currency());
    if (!cap.currency().equals(principal.currency()) || principal.compareTo(cap) > 0) {
      throw LoanErrors.exceedsCap(principal, cap);
    }
    Instant now = Instant.now(clock);
    Loan loan =
        new Loan(
            reference(now),
            new Loan.Borrower(
                marketplace.id(),
                merchant.linkId(),
                merchant.merchantRef(),
                merchant.merchantAccountId()),
            new Loan.Terms(
                principal,
                Money.of(application.feeAmount(), application.currency()),
                application.deductionRate()),
            now);
    loans.add(loan);
    events.announce("loan.approved", loan, marketplace.platformName());
    record("loan.originated", loan, actor, source);
    return loan;
  }

  private String reference(Instant now) {
    return String.format(
        "LOAN-%d-%06d", now.atOffset(ZoneOffset.UTC).getYear(), loans.nextSequence());
  }

  @Transactional
  public Loan disburse(UUID id, AuditService.Actor actor, String source) {
    return transition(id, "loan.disbursed", Loan::disburse, actor, source);
  }

  @Transactional
  public Loan cancel(UUID id, AuditService.Actor actor, String source) {
    return transition(id, "loan.cancelled", Loan::cancel, actor, source);
  }

  @Transactional
  public Loan markDefaulted(UUID id, AuditService.Actor actor, String source) {
    return transition(id, "loan.defaulted", Loan::markDefaulted, actor, source);
  }

  @Transactional
  public Loan writeOff(UUID id, AuditService.Actor actor, String source) {
    return transition(id, "loan.written_off", Loan::writeOff, actor, source);
  }

  @Transactional
  public Loan get(UUID id) {
    return loans.find(id).orElseThrow(LoanErrors::loanNotFound);
  }

  /** Newest first, optionally of one marketplace and status; 1-based page. */
  @Transactional
  public LoanPage list(UUID marketplaceId, LoanStatus status, int page, int pageSize) {
    return new LoanPage(
        loans.list(marketplaceId, status, (page - 1) * pageSize, pageSize),
        page,
        pageSize,
        loans.count(marketplaceId, status));
  }

  private Loan transition(
      UUID id,
      String event,
      BiConsumer<Loan, Instant> change,
      AuditService.Actor actor,
      String source) {
    Loan loan = loans.findForUpdate(id).orElseThrow(LoanErrors::loanNotFound);
    try {
      change.accept(loan, Instant.now(clock));
    } catch (LoanStateException e) {
      throw LoanErrors.illegalTransition(e);
    }
    loans.flush();
    events.announce(event, loan, platformName(loan));
    record(event, loan, actor, source);
    return loan;
  }

  private String platformName(Loan loan) {
    return marketplaces
        .findById(loan.marketplaceId())
        .map(Marketplace::platformName)
        .orElseThrow(() -> new ResourceNotFoundException("Marketplace not found"));
  }

  private void record(String type, Loan loan, AuditService.Actor actor, String source) {
    audit.record(
        type,
        AuditEvent.Outcome.SUCCESS,
        actor,
        "loan",
        loan.id().toString(),
        source,
        loan.reference() + " " + loan.status());
  }
}
