package com.opensylo.webhook.service;

import com.opensylo.loan.domain.Settlement;
import com.opensylo.loan.service.Settlements;
import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.error.ErrorCode;
import com.opensylo.shared.error.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The settlement protocol (SPEC §8): {@code settlement.created} lists collected deductions, {@code
 * settlement.transferred} reports the money sent. The rules are the ledger's ({@link Settlements}).
 */
@ApplicationScoped
public class SettlementEvents {

  @Inject Settlements settlements;

  /**
   * Applies the event in the caller's transaction.
   *
   * @return the settlement's reference, for the ack
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String apply(InboundSignature.Sender sender, InboundMessages.SettlementEvent event) {
    InboundMessages.SettlementBody s = event.settlement();
    Settlement settlement;
    if ("settlement.created".equals(event.event())) {
      settlement =
          settlements.create(
              sender.marketplaceId(),
              new Settlements.Report(
                  s.reference(),
                  s.periodStart(),
                  s.periodEnd(),
                  s.totalAmount(),
                  s.currency(),
                  s.deductions().stream()
                      .map(line -> new Settlements.Line(line.reference(), line.amount()))
                      .toList()));
    } else {
      InboundMessages.Transfer transfer = event.transfer();
      if (transfer == null) {
        throw new InvalidRequestException(
            ErrorCode.VALIDATION_FAILED,
            "transfer is required for settlement.transferred.",
            List.of(new ApiError.FieldError("transfer", "is required for settlement.transferred")));
      }
      settlement =
          settlements.transferred(
              sender.marketplaceId(),
              s.reference(),
              transfer.bankReference(),
              transfer.amount(),
              transfer.transferredAt() != null ? transfer.transferredAt() : event.timestamp(),
              s.totalAmount(),
              s.currency());
    }
    return settlement.reference();
  }
}
