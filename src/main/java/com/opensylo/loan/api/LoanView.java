package com.opensylo.loan.api;

import com.opensylo.loan.domain.Loan;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The SPEC §7 loan object; every key is always present (times not reached yet are null). */
@Schema(name = "Loan")
@SuppressWarnings("deprecation") // JsonbProperty.nillable: the per-property switch Yasson honours
public record LoanView(
    String loanId,
    @Schema(example = "LOAN-2026-000042") String reference,
    @Schema(description = "The marketplace's own id of the merchant") String merchantId,
    String opensyloMerchantId,
    @Schema(
            enumeration = {
              "APPROVED",
              "ACTIVE",
              "COMPLETED",
              "CANCELLED",
              "DEFAULTED",
              "WRITTEN_OFF"
            })
        String status,
    BigDecimal principalAmount,
    BigDecimal feeAmount,
    BigDecimal totalRepayable,
    BigDecimal totalPaid,
    BigDecimal outstandingBalance,
    String currency,
    @Schema(description = "Percent of each sale deducted") BigDecimal deductionRate,
    @JsonbProperty(nillable = true) @Schema(nullable = true) Instant disbursedAt,
    @JsonbProperty(nillable = true) @Schema(nullable = true) Instant completedAt,
    Instant createdAt,
    Instant updatedAt) {

  static LoanView of(Loan loan) {
    return new LoanView(
        loan.id().toString(),
        loan.reference(),
        loan.merchantRef(),
        loan.merchantAccountId().toString(),
        loan.status().name(),
        loan.principal().amount(),
        loan.fee().amount(),
        loan.totalRepayable().amount(),
        loan.totalPaid().amount(),
        loan.outstanding().amount(),
        loan.currency(),
        loan.deductionRate(),
        loan.disbursedAt(),
        loan.completedAt(),
        loan.createdAt(),
        loan.updatedAt());
  }
}
