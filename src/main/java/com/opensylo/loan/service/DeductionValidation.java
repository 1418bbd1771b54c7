package com.opensylo.loan.service;

import com.opensylo.loan.domain.Loan;
import com.opensylo.loan.domain.LoanStatus;
import com.opensylo.merchant.service.PartnerCaller;
import com.opensylo.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks deductions a marketplace proposes before it makes them (SPEC §7); read-only. The expected
 * deduction is {@code min(saleAmount × deductionRate, outstanding)}, the product rounded half-even
 * to the currency's minor unit.
 */
@ApplicationScoped
public class DeductionValidation {

  /** Why a proposed deduction is not valid. */
  public enum Reason {
    NO_ACTIVE_LOAN,
    LOAN_NOT_ACTIVE,
    CURRENCY_MISMATCH,
    EXCEEDS_OUTSTANDING,
    RATE_MISMATCH
  }

  @Inject PartnerLoans loans;

  /** A proposed deduction. */
  public record Proposal(
      String merchantId,
      String loanId,
      String transactionId,
      BigDecimal saleAmount,
      BigDecimal proposedDeduction,
      String currency) {}

  /** The verdict on one proposal; the amounts are absent when no loan applies. */
  public record Verdict(
      Proposal proposal,
      boolean valid,
      Loan loan,
      BigDecimal expectedDeduction,
      BigDecimal maxAllowed,
      BigDecimal outstandingBalance,
      BigDecimal deductionRate,
      Reason reason) {}

  @Transactional
  public List<Verdict> validate(PartnerCaller caller, List<Proposal> proposals) {
    PartnerLoans.Reader reader = loans.reader(caller);
    Map<String, List<Loan>> byMerchant =
        loans.byMerchants(reader, proposals.stream().map(Proposal::merchantId).distinct().toList());
    List<Verdict> verdicts = new ArrayList<>(proposals.size());
    for (Proposal p : proposals) {
      verdicts.add(judge(p, byMerchant.getOrDefault(p.merchantId(), List.of())));
    }
    return verdicts;
  }

  private static Verdict judge(Proposal p, List<Loan> merchantLoans) {
    Optional<Loan> chosen =
        p.loanId() == null
            ? PartnerLoans.current(merchantLoans)
            : merchantLoans.stream()
                .filter(
                    l -> l.id().toString().equals(p.loanId()) || l.reference().equals(p.loanId()))
                .findFirst();
    if (chosen.isEmpty()) {
      return new Verdict(p, false, null, null, null, null, null, Reason.NO_ACTIVE_LOAN);
    }
    Loan loan = chosen.get();
    BigDecimal outstanding = loan.outstanding().amount();
    if (loan.status() != LoanStatus.ACTIVE) {
      return new Verdict(
          p, false, loan, null, null, outstanding, loan.deductionRate(), Reason.LOAN_NOT_ACTIVE);
    }
    if (!loan.currency().equals(p.currency())) {
      return new Verdict(
          p, false, loan, null, null, outstanding, loan.deductionRate(), Reason.CURRENCY_MISMATCH);
    }
    Money expected = loan.expectedDeduction(Money.of(p.saleAmount(), p.currency()));
    Reason reason = null;
    if (p.proposedDeduction().compareTo(outstanding) > 0) {
      reason = Reason.EXCEEDS_OUTSTANDING;
    } else if (p.proposedDeduction().compareTo(expected.amount()) != 0) {
      reason = Reason.RATE_MISMATCH;
    }
    return new Verdict(
        p,
        reason == null,
        loan,
        expected.amount(),
        outstanding,
        outstanding,
        loan.deductionRate(),
        reason);
  }
}
