package com.opensylo.loan.domain;

import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.error.ApiException;
import com.opensylo.shared.error.BusinessRuleViolationException;
import com.opensylo.shared.error.ConflictException;
import com.opensylo.shared.error.ResourceNotFoundException;
import com.opensylo.shared.money.Money;
import java.util.List;

/** The loan feature's refusals, each with its status and stable code. */
public final class LoanErrors {

  private LoanErrors() {}

  public static ResourceNotFoundException loanNotFound() {
    return new ResourceNotFoundException("LOAN_NOT_FOUND", "Loan not found");
  }

  public static ResourceNotFoundException merchantNotFound() {
    return new ResourceNotFoundException("MERCHANT_NOT_FOUND", "Merchant not found");
  }

  /** 409 naming the loan's current status. */
  public static ConflictException illegalTransition(LoanStateException e) {
    return new ConflictException("INVALID_LOAN_STATUS", e.getMessage());
  }

  public static BusinessRuleViolationException marketplaceNotFound() {
    return new BusinessRuleViolationException(
        "MARKETPLACE_NOT_FOUND", "No marketplace has this marketplaceId.");
  }

  public static BusinessRuleViolationException marketplaceNotActive() {
    return new BusinessRuleViolationException(
        "MARKETPLACE_NOT_ACTIVE", "The marketplace is suspended; it takes no new loans.");
  }

  public static BusinessRuleViolationException merchantNotLinked() {
    return new BusinessRuleViolationException(
        "MERCHANT_NOT_FOUND", "The marketplace has no merchant with this merchantId.");
  }

  public static BusinessRuleViolationException notScored() {
    return new BusinessRuleViolationException(
        "MERCHANT_NOT_SCORED",
        "The merchant has no credit score yet; submit its data before originating a loan.");
  }

  public static BusinessRuleViolationException tierNotEligible(String tier) {
    return new BusinessRuleViolationException(
        "TIER_NOT_ELIGIBLE", "The merchant's latest score is tier " + tier + "; it takes no loan.");
  }

  public static BusinessRuleViolationException exceedsCap(Money principal, Money cap) {
    return new BusinessRuleViolationException(
        "EXCEEDS_LENDING_CAP",
        "The principal " + principal + " exceeds the merchant's lending cap of " + cap + ".");
  }

  public static BusinessRuleViolationException currencyMismatch(String expected) {
    return new BusinessRuleViolationException(
        "CURRENCY_MISMATCH", "The amount must be in " + expected + ", the loan's currency.");
  }

  public static BusinessRuleViolationException invalidAmount(String field, String currency) {
    return new BusinessRuleViolationException(
        "INVALID_AMOUNT",
        field
            + " must be greater than 0 with at most "
            + Money.minorUnits(java.util.Currency.getInstance(currency))
            + " decimals for "
            + currency
            + ".");
  }

  public static BusinessRuleViolationException overpayment(Money amount, Money outstanding) {
    return new BusinessRuleViolationException(
        "OVERPAYMENT",
        "The deduction of " + amount + " exceeds the outstanding balance of " + outstanding + ".");
  }

  public static BusinessRuleViolationException loanNotActive(LoanStatus status) {
    return new BusinessRuleViolationException(
        "LOAN_NOT_ACTIVE", "The loan is " + status + "; only an ACTIVE loan takes deductions.");
  }

  public static BusinessRuleViolationException merchantMismatch() {
    return new BusinessRuleViolationException(
        "MERCHANT_MISMATCH", "The merchant named does not hold this loan.");
  }

  public static BusinessRuleViolationException loanMismatch() {
    return new BusinessRuleViolationException(
        "LOAN_MISMATCH", "The loan id and reference of the event do not name the same loan.");
  }

  public static ConflictException duplicateDeduction(String reference) {
    return new ConflictException(
        "DUPLICATE_DEDUCTION", "The deduction " + reference + " has been applied already.");
  }

  public static BusinessRuleViolationException unknownDeduction(String reference) {
    return new BusinessRuleViolationException(
        "UNKNOWN_DEDUCTION", "No deduction " + reference + " of this marketplace is known.");
  }

  public static ConflictException alreadyReversed(String reference) {
    return new ConflictException(
        "ALREADY_REVERSED", "The deduction " + reference + " has been reversed already.");
  }

  public static BusinessRuleViolationException deductionSettled(String reference) {
    return new BusinessRuleViolationException(
        "DEDUCTION_SETTLED",
        "The deduction " + reference + " is in a settlement; a settled deduction is not reversed.");
  }

  public static BusinessRuleViolationException amountMismatch(Money reported, Money recorded) {
    return new BusinessRuleViolationException(
        "AMOUNT_MISMATCH",
        "The amount " + reported + " differs from the recorded deduction of " + recorded + ".");
  }

  /** 422 listing each difference of a settlement with the ledger. */
  public static ApiException settlementMismatch(List<ApiError.FieldError> differences) {
    return new ApiException(
        422,
        "SETTLEMENT_MISMATCH",
        "The settlement does not match the ledger: "
            + differences.size()
            + " difference(s), see details. Nothing was applied.",
        differences);
  }

  public static ConflictException duplicateSettlement(String reference) {
    return new ConflictException(
        "DUPLICATE_SETTLEMENT", "The settlement " + reference + " exists already.");
  }

  public static BusinessRuleViolationException unknownSettlement(String reference) {
    return new BusinessRuleViolationException(
        "UNKNOWN_SETTLEMENT", "No settlement " + reference + " of this marketplace is known.");
  }

  public static ConflictException alreadyTransferred(String reference) {
    return new ConflictException(
        "ALREADY_TRANSFERRED", "The settlement " + reference + " is marked transferred already.");
  }
}
