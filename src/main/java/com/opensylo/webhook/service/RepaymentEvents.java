package com.opensylo.webhook.service;

import com.opensylo.loan.domain.BalanceDiscrepancy;
import com.opensylo.loan.service.Repayments;
import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.error.ErrorCode;
import com.opensylo.shared.error.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The repayment protocol (SPEC §8): {@code repayment.deducted} applies a deduction, {@code
 * repayment.reversed} gives one back, {@code repayment.failed} is recorded only. Turns the message
 * into the ledger's terms; the ledger ({@link Repayments}) holds the rules.
 */
@ApplicationScoped
public class RepaymentEvents {

  @Inject Repayments repayments;

  /**
   * Applies the event in the caller's transaction.
   *
   * @return the loan's reference, for the ack
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String apply(InboundSignature.Sender sender, InboundMessages.RepaymentEvent event) {
    UUID marketplaceId = sender.marketplaceId();
    Repayments.Subject subject = subject(event);
    Repayments.Applied applied =
        switch (event.event()) {
          case "repayment.deducted" -> {
            InboundMessages.DeductionBody d = required(event.deduction(), "deduction", event);
            yield repayments.deduct(
                marketplaceId,
                event.eventId(),
                subject,
                new Repayments.Deduction(
                    d.reference(),
                    d.amount(),
                    d.currency(),
                    d.deductedAt() != null ? d.deductedAt() : event.timestamp()),
                balance(event.loanBalance()),
                sender.platformName());
          }
          case "repayment.reversed" -> {
            InboundMessages.Reversal r = required(event.reversal(), "reversal", event);
            InboundMessages.DeductionBody d = event.deduction();
            yield repayments.reverse(
                marketplaceId,
                event.eventId(),
                subject,
                r.originalReference(),
                d == null
                    ? null
                    : new Repayments.Deduction(d.reference(), d.amount(), d.currency(), null),
                balance(event.loanBalance()),
                event.timestamp());
          }
          default -> {
            required(event.failure(), "failure", event);
            yield repayments.failed(marketplaceId, subject);
          }
        };
    return applied.loanReference();
  }

  private static Repayments.Subject subject(InboundMessages.RepaymentEvent event) {
    InboundMessages.LoanRef loan = event.loan();
    if (loan.opensyloId() == null && loan.opensyloReference() == null) {
      throw new InvalidRequestException(
          ErrorCode.VALIDATION_FAILED,
          "loan names no loan.",
          List.of(
              new ApiError.FieldError(
                  "loan.opensylo_id", "or loan.opensylo_reference is required")));
    }
    return new Repayments.Subject(
        loan.opensyloId(),
        loan.opensyloReference(),
        event.merchant() == null ? null : event.merchant().marketplaceId(),
        event.merchant() == null ? null : event.merchant().opensyloId());
  }

  private static BalanceDiscrepancy.Balance balance(InboundMessages.LoanBalance reported) {
    return reported == null
        ? null
        : new BalanceDiscrepancy.Balance(
            reported.totalDue(), reported.totalPaid(), reported.outstanding());
  }

  private static <T> T required(T block, String name, InboundMessages.RepaymentEvent event) {
    if (block == null) {
      throw new InvalidRequestException(
          ErrorCode.VALIDATION_FAILED,
          name + " is required for " + event.event() + ".",
          List.of(new ApiError.FieldError(name, "is required for " + event.event())));
    }
    return block;
  }
}
