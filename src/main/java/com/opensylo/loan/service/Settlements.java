package com.opensylo.loan.service;

import com.opensylo.loan.domain.LedgerEntry;
import com.opensylo.loan.domain.LedgerRepository;
import com.opensylo.loan.domain.LoanErrors;
import com.opensylo.loan.domain.Settlement;
import com.opensylo.loan.domain.SettlementAllocation;
import com.opensylo.loan.domain.SettlementRepository;
import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settlements of collected deductions (SPEC §8): a settlement lists only known, unreversed,
 * unsettled deductions of its marketplace whose amounts add up to its total, else nothing is
 * applied and every difference is listed; a transfer marks it and its deductions settled. Runs in
 * the caller's transaction.
 */
@ApplicationScoped
public class Settlements {

  @Inject SettlementRepository settlements;
  @Inject LedgerRepository ledger;
  @Inject Clock clock;

  /** One deduction as the settlement lists it. */
  public record Line(String reference, BigDecimal amount) {}

  /** A reported settlement. */
  public record Report(
      String reference,
      String periodStart,
      String periodEnd,
      BigDecimal totalAmount,
      String currency,
      List<Line> deductions) {}

  /**
   * Stores the settlement and allocates its deductions to it.
   *
   * @return the settlement
   * @throws com.opensylo.shared.error.ApiException 409 {@code DUPLICATE_SETTLEMENT}; 422 {@code
   *     SETTLEMENT_MISMATCH} listing every difference
   * @throws com.opensylo.shared.persistence.ConstraintConflict a concurrent settlement took the
   *     reference or a deduction first (run the transaction again)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Settlement create(java.util.UUID marketplaceId, Report report) {
    if (settlements.exists(marketplaceId, report.reference())) {
      throw LoanErrors.duplicateSettlement(report.reference());
    }
    Currency currency = Currency.getInstance(report.currency());
    List<ApiError.FieldError> differences = new ArrayList<>();
    if (!Money.fitsMinorUnit(report.totalAmount(), currency)) {
      differences.add(
          new ApiError.FieldError(
              "settlement.total_amount", "has more decimals than " + report.currency() + " has"));
    }
    Map<String, LedgerEntry> byReference = new HashMap<>();
    for (LedgerEntry entry :
        ledger.findDeductions(
            marketplaceId, report.deductions().stream().map(Line::reference).toList())) {
      byReference.put(entry.reference(), entry);
    }
    List<java.util.UUID> ids = byReference.values().stream().map(LedgerEntry::id).toList();
    Set<java.util.UUID> reversed = ledger.reversed(ids);
    Map<java.util.UUID, Settlement> settled = settlements.settlementsOf(ids);
    BigDecimal sum = BigDecimal.ZERO;
    Set<String> listed = new HashSet<>();
    List<LedgerEntry> allocated = new ArrayList<>();
    for (int i = 0; i < report.deductions().size(); i++) {
      Line line = report.deductions().get(i);
      String at = "settlement.deductions[" + i + "]";
      sum = sum.add(line.amount());
      LedgerEntry entry = byReference.get(line.reference());
      String problem = null;
      if (!listed.add(line.reference())) {
        problem = "deduction " + line.reference() + " is listed twice";
      } else if (entry == null) {
        problem = "no deduction " + line.reference() + " of this marketplace is known";
      } else if (reversed.contains(entry.id())) {
        problem = "deduction " + line.reference() + " was reversed";
      } else if (settled.containsKey(entry.id())) {
        problem =
            "deduction "
                + line.reference()
                + " is already in settlement "
                + settled.get(entry.id()).reference();
      } else if (!entry.money().currency().equals(currency)) {
        problem =
            "deduction "
                + line.reference()
                + " is in "
                + entry.money().currency().getCurrencyCode()
                + ", not "
                + report.currency();
      }
      if (problem != null) {
        differences.add(new ApiError.FieldError(at + ".reference", problem));
        continue;
      }
      if (line.amount().compareTo(entry.money().amount()) != 0) {
        differences.add(
            new ApiError.FieldError(
                at + ".amount",
                "is "
                    + line.amount().toPlainString()
                    + " but deduction "
                    + line.reference()
                    + " is "
                    + entry.money().amount().toPlainString()));
        continue;
      }
      allocated.add(entry);
    }
    if (sum.compareTo(report.totalAmount()) != 0) {
      differences.add(
          new ApiError.FieldError(
              "settlement.total_amount",
              "is "
                  + report.totalAmount().toPlainString()
                  + " but the deductions listed add up to "
                  + sum.toPlainString()));
    }
    if (!differences.isEmpty()) {
      throw LoanErrors.settlementMismatch(differences);
    }
    Instant now = Instant.now(clock);
    Settlement settlement =
        new Settlement(
            marketplaceId,
            report.reference(),
            report.periodStart(),
            report.periodEnd(),
            new Money(report.totalAmount(), currency),
            now);
    settlements.add(
        settlement,
        allocated.stream().map(entry -> new SettlementAllocation(settlement, entry, now)).toList());
    for (LedgerEntry entry : allocated) {
      ledger.claim(entry.id(), "SETTLEMENT", now); // a concurrent reversal of it loses, or wins
    }
    return settlement;
  }

  /**
   * Marks the settlement transferred, which settles its deductions.
   *
   * @throws com.opensylo.shared.error.ApiException 422 {@code UNKNOWN_SETTLEMENT} or {@code
   *     SETTLEMENT_MISMATCH} (another amount); 409 {@code ALREADY_TRANSFERRED}
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Settlement transferred(
      java.util.UUID marketplaceId,
      String reference,
      String bankReference,
      BigDecimal amount,
      Instant transferredAt,
      BigDecimal reportedTotal,
      String reportedCurrency) {
    Settlement settlement =
        settlements
            .findForUpdate(marketplaceId, reference)
            .orElseThrow(() -> LoanErrors.unknownSettlement(reference));
    if (settlement.isTransferred()) {
      throw LoanErrors.alreadyTransferred(reference);
    }
    Money total = settlement.total();
    List<ApiError.FieldError> differences = new ArrayList<>();
    if (amount != null && amount.compareTo(total.amount()) != 0) {
      differences.add(
          new ApiError.FieldError(
              "transfer.amount",
              "is "
                  + amount.toPlainString()
                  + " but the settlement's total is "
                  + total.amount().toPlainString()));
    }
    if (reportedTotal != null && reportedTotal.compareTo(total.amount()) != 0) {
      differences.add(
          new ApiError.FieldError(
              "settlement.total_amount",
              "is "
                  + reportedTotal.toPlainString()
                  + " but the settlement was created with "
                  + total.amount().toPlainString()));
    }
    if (reportedCurrency != null && !reportedCurrency.equals(total.currency().getCurrencyCode())) {
      differences.add(
          new ApiError.FieldError(
              "settlement.currency",
              "is " + reportedCurrency + " but the settlement is in " + total.currency()));
    }
    if (!differences.isEmpty()) {
      throw LoanErrors.settlementMismatch(differences);
    }
    settlement.transferred(bankReference, total, transferredAt, Instant.now(clock));
    return settlement;
  }
}
