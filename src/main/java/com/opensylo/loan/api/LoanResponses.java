package com.opensylo.loan.api;

import com.opensylo.loan.domain.Loan;
import com.opensylo.loan.service.DeductionValidation;
import com.opensylo.loan.service.PartnerLoans;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the partner Loan API (SPEC §7). */
public final class LoanResponses {

  private LoanResponses() {}

  @Schema(name = "ActiveLoansResponse")
  public record ActiveLoans(
      boolean success,
      String merchantId,
      List<LoanView> loans,
      BigDecimal totalOutstanding,
      BigDecimal totalDeductionRate,
      boolean hasActiveLoan) {

    static ActiveLoans of(PartnerLoans.ActiveLoans active) {
      return new ActiveLoans(
          true,
          active.merchantId(),
          active.loans().stream().map(LoanView::of).toList(),
          active.totalOutstanding().amount(),
          active.totalDeductionRate(),
          !active.loans().isEmpty());
    }
  }

  /** How far a loan is repaid. */
  @SuppressWarnings("deprecation") // JsonbProperty.nillable
  public record RepaymentProgress(
      BigDecimal percentPaid,
      int deductionsCount,
      @jakarta.json.bind.annotation.JsonbProperty(nillable = true) @Schema(nullable = true)
          Instant lastDeductionAt) {}

  @Schema(name = "LoanStatusResponse")
  public record LoanStatus(
      boolean success, LoanView loan, RepaymentProgress repaymentProgress, boolean shouldDeduct) {

    static LoanStatus of(Loan loan) {
      return new LoanStatus(
          true,
          LoanView.of(loan),
          new RepaymentProgress(loan.percentPaid(), loan.deductionsCount(), loan.lastDeductionAt()),
          loan.takesDeductions());
    }
  }

  /** The verdict on one proposed deduction; amounts are absent when no loan applies. */
  @JsonbPropertyOrder({
    "merchantId",
    "loanId",
    "transactionId",
    "valid",
    "expectedDeduction",
    "maxAllowed",
    "outstandingBalance",
    "deductionRate",
    "reason"
  })
  public record DeductionResult(
      String merchantId,
      @Schema(description = "The loan the deduction goes to, when one applies") String loanId,
      String transactionId,
      boolean valid,
      @Schema(description = "min(saleAmount × deductionRate, outstandingBalance)")
          BigDecimal expectedDeduction,
      @Schema(description = "The most any deduction may be: the outstanding balance")
          BigDecimal maxAllowed,
      BigDecimal outstandingBalance,
      BigDecimal deductionRate,
      @Schema(
              enumeration = {
                "NO_ACTIVE_LOAN",
                "EXCEEDS_OUTSTANDING",
                "RATE_MISMATCH",
                "CURRENCY_MISMATCH",
                "LOAN_NOT_ACTIVE"
              })
          String reason) {

    static DeductionResult of(DeductionValidation.Verdict v) {
      return new DeductionResult(
          v.proposal().merchantId(),
          v.loan() == null ? null : v.loan().id().toString(),
          v.proposal().transactionId(),
          v.valid(),
          v.expectedDeduction(),
          v.maxAllowed(),
          v.outstandingBalance(),
          v.deductionRate(),
          v.reason() == null ? null : v.reason().name());
    }
  }

  public record Summary(int total, long valid, long invalid) {}

  @Schema(name = "ValidateDeductionsResponse")
  public record ValidateDeductions(
      boolean success, List<DeductionResult> results, Summary summary) {

    static ValidateDeductions of(List<DeductionValidation.Verdict> verdicts) {
      long valid = verdicts.stream().filter(DeductionValidation.Verdict::valid).count();
      return new ValidateDeductions(
          true,
          verdicts.stream().map(DeductionResult::of).toList(),
          new Summary(verdicts.size(), valid, verdicts.size() - valid));
    }
  }

  /** One asked-for loan or merchant; {@code loan} is present when found. */
  public record BulkResult(String loanId, String merchantId, boolean found, LoanView loan) {}

  @Schema(name = "BulkLoanStatusResponse")
  public record BulkStatus(boolean success, List<BulkResult> results) {}
}
