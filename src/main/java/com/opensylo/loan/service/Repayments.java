package com.opensylo.loan.service;

import com.opensylo.loan.domain.BalanceDiscrepancy;
import com.opensylo.loan.domain.DiscrepancyRepository;
import com.opensylo.loan.domain.LedgerEntry;
import com.opensylo.loan.domain.LedgerRepository;
import com.opensylo.loan.domain.Loan;
import com.opensylo.loan.domain.LoanErrors;
import com.opensylo.loan.domain.LoanEvents;
import com.opensylo.loan.domain.LoanRepository;
import com.opensylo.loan.domain.LoanStateException;
import com.opensylo.loan.domain.LoanStatus;
import com.opensylo.loan.domain.SettlementRepository;
import com.opensylo.shared.error.ApiException;
import com.opensylo.shared.money.Money;
import com.opensylo.shared.persistence.ConstraintConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The repayment ledger (SPEC §8): deductions and their reversals applied to a loan as immutable
 * entries, under the loan's row lock ({@code SELECT … FOR UPDATE}), so that any number of events
 * for one loan, on any number of nodes, never lose an update. Runs inside the caller's transaction
 * (the inbound event is stored in the same one): every refusal leaves nothing applied.
 */
@ApplicationScoped
public class Repayments {

  @Inject LoanRepository loans;
  @Inject LedgerRepository ledger;
  @Inject SettlementRepository settlements;
  @Inject DiscrepancyRepository discrepancies;
  @Inject LoanEvents events;
  @Inject Clock clock;

  /** How an event names its loan and merchant; any part may be absent. */
  public record Subject(
      String loanId, String loanReference, String merchantRef, String merchantAccountId) {}

  /** What the ledger did: the loan's reference is the event's OpenSylo reference. */
  public record Applied(UUID loanId, String loanReference, boolean completed, boolean reopened) {}

  /** One reported deduction. */
  public record Deduction(
      String reference, BigDecimal amount, String currency, Instant deductedAt) {}

  /**
   * Applies a {@code repayment.deducted} event.
   *
   * @throws com.opensylo.shared.error.ApiException 404 loan unknown here; 409 {@code
   *     DUPLICATE_DEDUCTION}; 422 {@code MERCHANT_MISMATCH}, {@code CURRENCY_MISMATCH}, {@code
   *     INVALID_AMOUNT}, {@code LOAN_NOT_ACTIVE}, {@code OVERPAYMENT}
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Applied deduct(
      UUID marketplaceId,
      String eventId,
      Subject subject,
      Deduction deduction,
      BalanceDiscrepancy.Balance reported,
      String platformName) {
    Loan loan = lockedLoan(marketplaceId, subject);
    Money amount;
    try {
      amount = applicable(loan, deduction);
    } catch (ApiException refused) {
      // a reference applied before is answered as such, whatever else is wrong with it now
      throw ledger.findDeduction(marketplaceId, deduction.reference()).isPresent()
          ? LoanErrors.duplicateDeduction(deduction.reference())
          : refused;
    }
    Instant now = Instant.now(clock);
    LedgerEntry entry =
        LedgerEntry.deduction(
            loan, deduction.reference(), amount, eventId, deduction.deductedAt(), now);
    try {
      ledger.add(entry);
    } catch (ConstraintConflict taken) {
      // The unique key (marketplace, type, reference) is the duplicate check of an event that
      // would apply: one statement fewer per deduction than looking first. MariaDB and H2 report
      // the violation only once the transaction that wrote the reference has committed (a writer
      // still open makes this insert wait), so the reference is applied for good.
      throw LoanErrors.duplicateDeduction(deduction.reference());
    }
    boolean completed = loan.apply(entry, now);
    loans.flush();
    if (completed) {
      events.announce("loan.completed", loan, platformName);
    }
    reconcile(loan, eventId, "repayment.deducted", reported, now);
    return new Applied(loan.id(), loan.reference(), completed, false);
  }

  /**
   * Applies a {@code repayment.reversed} event: the deduction {@code originalReference} is given
   * back; a COMPLETED loan is ACTIVE again.
   *
   * @param amount the amount the event reports, if any: it must be the deduction's
   * @throws com.opensylo.shared.error.ApiException 422 {@code UNKNOWN_DEDUCTION}, {@code
   *     DEDUCTION_SETTLED}, {@code AMOUNT_MISMATCH}, {@code LOAN_NOT_ACTIVE}; 409 {@code
   *     ALREADY_REVERSED}
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Applied reverse(
      UUID marketplaceId,
      String eventId,
      Subject subject,
      String originalReference,
      Deduction amount,
      BalanceDiscrepancy.Balance reported,
      Instant reversedAt) {
    LedgerEntry original =
        ledger
            .findDeduction(marketplaceId, originalReference)
            .orElseThrow(() -> LoanErrors.unknownDeduction(originalReference));
    Loan loan = loans.findForUpdate(original.loanId()).orElseThrow(LoanErrors::loanNotFound);
    checkSubject(loan, subject);
    if (!ledger.reversed(List.of(original.id())).isEmpty()) {
      throw LoanErrors.alreadyReversed(originalReference);
    }
    if (!settlements.settlementsOf(Set.of(original.id())).isEmpty()) {
      throw LoanErrors.deductionSettled(originalReference);
    }
    if (amount != null && amount.amount() != null) {
      Money reportedAmount = amount(loan, amount.amount(), amount.currency());
      if (reportedAmount.compareTo(original.money()) != 0) {
        throw LoanErrors.amountMismatch(reportedAmount, original.money());
      }
    }
    Instant now = Instant.now(clock);
    LedgerEntry reversal = LedgerEntry.reversalOf(loan, original, eventId, reversedAt, now);
    boolean reopened;
    try {
      reopened = loan.reverse(reversal, now);
    } catch (LoanStateException e) {
      throw LoanErrors.loanNotActive(loan.status());
    }
    ledger.add(reversal);
    ledger.claim(original.id(), "REVERSAL", now);
    loans.flush();
    reconcile(loan, eventId, "repayment.reversed", reported, now);
    return new Applied(loan.id(), loan.reference(), false, reopened);
  }

  /**
   * Checks a {@code repayment.failed} event names a loan of this marketplace; nothing changes.
   *
   * @throws com.opensylo.shared.error.ApiException 404 loan unknown here; 422 {@code
   *     MERCHANT_MISMATCH}
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Applied failed(UUID marketplaceId, Subject subject) {
    Loan loan =
        loans
            .findOwnedId(marketplaceId, key(subject))
            .flatMap(loans::find)
            .orElseThrow(LoanErrors::loanNotFound);
    checkSubject(loan, subject);
    return new Applied(loan.id(), loan.reference(), false, false);
  }

  private Loan lockedLoan(UUID marketplaceId, Subject subject) {
    Loan loan =
        loans.findOwnedForUpdate(marketplaceId, key(subject)).orElseThrow(LoanErrors::loanNotFound);
    checkSubject(loan, subject);
    return loan;
  }

  private static String key(Subject subject) {
    return subject.loanId() != null ? subject.loanId() : subject.loanReference();
  }

  /** The event's loan id, reference and merchant, where given, must all name this loan. */
  private static void checkSubject(Loan loan, Subject subject) {
    if (subject.loanId() != null && !sameUuid(subject.loanId(), loan.id())) {
      throw LoanErrors.loanMismatch();
    }
    if (subject.loanReference() != null && !subject.loanReference().equals(loan.reference())) {
      throw LoanErrors.loanMismatch();
    }
    if (subject.merchantRef() != null && !subject.merchantRef().equals(loan.merchantRef())) {
      throw LoanErrors.merchantMismatch();
    }
    if (subject.merchantAccountId() != null
        && !sameUuid(subject.merchantAccountId(), loan.merchantAccountId())) {
      throw LoanErrors.merchantMismatch();
    }
  }

  private static boolean sameUuid(String text, UUID id) {
    try {
      return UUID.fromString(text).equals(id) && text.length() == 36;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The deduction's amount if the loan can take it: ACTIVE, its currency, no overpayment. */
  private static Money applicable(Loan loan, Deduction deduction) {
    Money amount = amount(loan, deduction.amount(), deduction.currency());
    if (loan.status() != LoanStatus.ACTIVE) {
      throw LoanErrors.loanNotActive(loan.status());
    }
    if (amount.compareTo(loan.outstanding()) > 0) {
      throw LoanErrors.overpayment(amount, loan.outstanding());
    }
    return amount;
  }

  private static Money amount(Loan loan, BigDecimal amount, String currency) {
    if (!loan.currency().equals(currency)) {
      throw LoanErrors.currencyMismatch(loan.currency());
    }
    Currency unit = loan.currencyUnit();
    if (amount.signum() <= 0 || !Money.fitsMinorUnit(amount, unit)) {
      throw LoanErrors.invalidAmount("deduction.amount", loan.currency());
    }
    return new Money(amount, unit);
  }

  /** Records a discrepancy when the marketplace's balance after the event differs from ours. */
  private void reconcile(
      Loan loan,
      String eventId,
      String eventType,
      BalanceDiscrepancy.Balance reported,
      Instant now) {
    if (reported == null) {
      return;
    }
    BalanceDiscrepancy.Balance ours =
        new BalanceDiscrepancy.Balance(
            loan.totalRepayable().amount(), loan.totalPaid().amount(), loan.outstanding().amount());
    if (!ours.agreesWith(reported)) {
      discrepancies.add(new BalanceDiscrepancy(loan, eventId, eventType, reported, ours, now));
    }
  }
}
