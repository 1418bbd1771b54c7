package com.opensylo.webhook.service;

import com.opensylo.marketplace.api.ValidCurrency;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The inbound webhook bodies (SPEC §8, snake_case), read strictly (unknown members refused) only
 * after the signature over the raw bytes has been verified. Amounts are bounded here; whether they
 * fit the loan's currency is a business rule (422), checked against the loan.
 */
public final class InboundMessages {

  static final String REFERENCE = "[A-Za-z0-9][A-Za-z0-9._:/#-]{0,127}";
  static final String MAX_AMOUNT = "999999999999999";

  private InboundMessages() {}

  public record MarketplaceRef(@NotBlank @Size(max = 64) String id, @Size(max = 255) String name) {}

  public record MerchantRef(
      @JsonbProperty("marketplace_id") @Size(min = 1, max = 128) String marketplaceId,
      @JsonbProperty("opensylo_id") @Size(min = 1, max = 64) String opensyloId) {}

  public record LoanRef(
      @JsonbProperty("opensylo_id") @Size(min = 1, max = 64) String opensyloId,
      @JsonbProperty("opensylo_reference") @Size(min = 1, max = 64) String opensyloReference) {}

  public record DeductionBody(
      @NotNull @Pattern(regexp = REFERENCE, message = "must be 1 to 128 reference characters")
          String reference,
      @NotNull @DecimalMin("-" + MAX_AMOUNT) @DecimalMax(MAX_AMOUNT) BigDecimal amount,
      @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
      @JsonbProperty("deducted_at") @PlausibleInstant Instant deductedAt) {}

  public record SourceTransaction(
      @Size(max = 128) String id,
      @Size(max = 64) String type,
      @JsonbProperty("gross_amount") @DecimalMin("-" + MAX_AMOUNT) @DecimalMax(MAX_AMOUNT)
          BigDecimal grossAmount,
      @PlausibleInstant Instant timestamp) {}

  public record LoanBalance(
      @JsonbProperty("total_due") @Digits(integer = 15, fraction = 2) BigDecimal totalDue,
      @JsonbProperty("total_paid") @Digits(integer = 15, fraction = 2) BigDecimal totalPaid,
      @Digits(integer = 15, fraction = 2) BigDecimal outstanding) {}

  public record Failure(@Size(max = 64) String code, @Size(max = 1000) String reason) {}

  public record Reversal(
      @JsonbProperty("original_reference")
          @NotNull
          @Pattern(regexp = REFERENCE, message = "must be 1 to 128 reference characters")
          String originalReference,
      @Size(max = 1000) String reason) {}

  /** {@code repayment.deducted}, {@code repayment.failed}, {@code repayment.reversed}. */
  @Schema(name = "RepaymentWebhookRequest")
  public record RepaymentEvent(
      @NotNull
          @Pattern(
              regexp = "repayment\\.(deducted|failed|reversed)",
              message = "must be repayment.deducted, repayment.failed or repayment.reversed")
          String event,
      @JsonbProperty("event_id") @NotBlank @Size(max = 128) String eventId,
      @NotNull @PlausibleInstant Instant timestamp,
      @NotNull @Valid MarketplaceRef marketplace,
      @Valid MerchantRef merchant,
      @NotNull @Valid LoanRef loan,
      @Valid DeductionBody deduction,
      @JsonbProperty("source_transaction") @Valid SourceTransaction sourceTransaction,
      @JsonbProperty("loan_balance") @Valid LoanBalance loanBalance,
      @Valid Failure failure,
      @Valid Reversal reversal) {}

  public record SettlementLine(
      @NotNull @Pattern(regexp = REFERENCE, message = "must be 1 to 128 reference characters")
          String reference,
      @NotNull @Digits(integer = 15, fraction = 2) BigDecimal amount) {}

  public record SettlementBody(
      @NotNull @Pattern(regexp = REFERENCE, message = "must be 1 to 128 reference characters")
          String reference,
      @JsonbProperty("period_start") @Size(max = 40) String periodStart,
      @JsonbProperty("period_end") @Size(max = 40) String periodEnd,
      @JsonbProperty("total_amount") @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2)
          BigDecimal totalAmount,
      @NotNull @ValidCurrency String currency,
      @NotNull @Size(min = 1, max = 5000) List<@NotNull @Valid SettlementLine> deductions) {}

  public record Transfer(
      @JsonbProperty("bank_reference") @Size(max = 128) String bankReference,
      @JsonbProperty("transferred_at") @PlausibleInstant Instant transferredAt,
      @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal amount) {}

  /** {@code settlement.created}, {@code settlement.transferred}. */
  @Schema(name = "SettlementWebhookRequest")
  public record SettlementEvent(
      @NotNull
          @Pattern(
              regexp = "settlement\\.(created|transferred)",
              message = "must be settlement.created or settlement.transferred")
          String event,
      @JsonbProperty("event_id") @NotBlank @Size(max = 128) String eventId,
      @NotNull @PlausibleInstant Instant timestamp,
      @NotNull @Valid MarketplaceRef marketplace,
      @NotNull @Valid SettlementBody settlement,
      @Valid Transfer transfer) {}

  /** SPEC §8 acknowledgement. */
  @Schema(name = "WebhookAckResponse")
  public record Ack(
      String status,
      @JsonbProperty("event_id") String eventId,
      @JsonbProperty("opensylo_reference") String opensyloReference,
      @JsonbProperty("received_at") Instant receivedAt) {}
}
