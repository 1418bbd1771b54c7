package com.opensylo.loan.api;

import com.opensylo.marketplace.api.ValidCurrency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** Request bodies of the loan APIs (camelCase). */
public final class LoanRequests {

  /** A UUID in its canonical text form. */
  static final String UUID_PATTERN =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

  static final String MERCHANT_ID = "[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}";

  private LoanRequests() {}

  /** SPEC §5 origination. */
  public record OriginateLoanRequest(
      @NotNull @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String marketplaceId,
      @NotNull @Pattern(regexp = MERCHANT_ID, message = "must be the marketplace's merchant id")
          String merchantId,
      @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 2)
          BigDecimal principalAmount,
      @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal feeAmount,
      @NotNull
          @DecimalMin(value = "0", inclusive = false)
          @DecimalMax("100")
          @Digits(integer = 3, fraction = 2)
          BigDecimal deductionRate,
      @NotNull @ValidCurrency String currency) {}

  /** SPEC §7 validate-deductions. */
  public record ValidateDeductionsRequest(
      @NotEmpty @Size(max = 1000) List<@NotNull @Valid ProposedDeduction> deductions) {}

  /** One deduction a marketplace is about to make. */
  public record ProposedDeduction(
      @NotNull @Pattern(regexp = MERCHANT_ID, message = "must be the marketplace's merchant id")
          String merchantId,
      @Size(min = 1, max = 64) String loanId,
      @NotBlank @Size(max = 128) String transactionId,
      @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal saleAmount,
      @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal proposedDeduction,
      @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
          String currency) {}

  /** SPEC §7 bulk-status: loans and merchants, at most 100 together. */
  public record BulkStatusRequest(
      @Size(max = 100) List<@NotNull @Size(min = 1, max = 64) String> loanIds,
      @Size(max = 100) List<@NotNull @Pattern(regexp = MERCHANT_ID) String> merchantIds) {}
}
