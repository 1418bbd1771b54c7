package com.opensylo.loan.service;

import com.opensylo.loan.domain.Loan;
import com.opensylo.loan.domain.LoanErrors;
import com.opensylo.loan.domain.LoanRepository;
import com.opensylo.loan.domain.LoanStatus;
import com.opensylo.merchant.service.LendingFacts;
import com.opensylo.merchant.service.PartnerCaller;
import com.opensylo.merchant.service.PartnerTenants;
import com.opensylo.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The partner Loan API's reads (SPEC §7): a marketplace sees only its own merchants and loans (any
 * other id answers 404, like a missing one), and a merchant's own token only that merchant's.
 */
@ApplicationScoped
public class PartnerLoans {

  /** The most loans and merchants one bulk-status request may ask for. */
  public static final int BULK_LIMIT = 100;

  @Inject PartnerTenants tenants;
  @Inject LendingFacts merchants;
  @Inject LoanRepository loans;

  /** A merchant's ACTIVE loans and what they add up to. */
  public record ActiveLoans(
      String merchantId, List<Loan> loans, Money totalOutstanding, BigDecimal totalDeductionRate) {}

  /** Who asks: the caller's marketplace and, for a merchant's token, the merchant. */
  public record Reader(UUID marketplaceId, java.util.Currency currency, UUID merchantAccount) {

    boolean sees(Loan loan) {
      return loan.marketplaceId().equals(marketplaceId)
          && (merchantAccount == null || loan.merchantAccountId().equals(merchantAccount));
    }
  }

  @Transactional
  public Reader reader(PartnerCaller caller) {
    PartnerTenants.Tenant tenant = tenants.of(caller.clientId());
    if (caller.isMerchant() && caller.merchantAccountId() == null) {
      throw LoanErrors.merchantNotFound();
    }
    return new Reader(tenant.marketplaceId(), tenant.currency(), caller.merchantAccountId());
  }

  /**
   * @throws com.opensylo.shared.error.ResourceNotFoundException 404 a merchant this marketplace
   *     does not have
   */
  @Transactional
  public ActiveLoans active(PartnerCaller caller, String merchantId) {
    Reader reader = reader(caller);
    LendingFacts.LinkedMerchant merchant =
        merchants
            .linked(reader.marketplaceId(), merchantId)
            .filter(
                m ->
                    reader.merchantAccount() == null
                        || m.merchantAccountId().equals(reader.merchantAccount()))
            .orElseThrow(LoanErrors::merchantNotFound);
    List<Loan> active =
        loans.findByMerchant(reader.marketplaceId(), merchant.merchantRef()).stream()
            .filter(loan -> loan.status() == LoanStatus.ACTIVE)
            .toList();
    Money outstanding = Money.zero(reader.currency());
    BigDecimal rate = BigDecimal.ZERO.setScale(2);
    for (Loan loan : active) {
      outstanding = outstanding.plus(loan.outstanding());
      rate = rate.add(loan.deductionRate());
    }
    return new ActiveLoans(merchant.merchantRef(), active, outstanding, rate);
  }

  /** A loan by id or reference; 404 unknown here. */
  @Transactional
  public Loan status(PartnerCaller caller, String idOrReference) {
    Reader reader = reader(caller);
    return loans
        .findOwned(reader.marketplaceId(), idOrReference)
        .filter(reader::sees)
        .orElseThrow(LoanErrors::loanNotFound);
  }

  /** Those of the reader's loans that belong to {@code merchantRefs}, by merchant; one query. */
  @Transactional
  public Map<String, List<Loan>> byMerchants(Reader reader, Collection<String> merchantRefs) {
    return loans.findByMerchants(reader.marketplaceId(), merchantRefs).stream()
        .filter(reader::sees)
        .collect(Collectors.groupingBy(Loan::merchantRef));
  }

  /** One of the reader's loans by id or reference. */
  @Transactional
  public Optional<Loan> find(Reader reader, String idOrReference) {
    return loans.findOwned(reader.marketplaceId(), idOrReference).filter(reader::sees);
  }

  /** One asked-for loan (by id or reference) or merchant, and what was found for it. */
  public record Lookup(String loanId, String merchantId, Optional<Loan> loan) {}

  /**
   * The loans asked for by id or reference, then the merchants' current loans (the one taking
   * deductions, else the newest), in request order; at most 100 together.
   *
   * @throws com.opensylo.shared.error.InvalidRequestException 400 none or more than 100
   */
  @Transactional
  public List<Lookup> bulkStatus(
      PartnerCaller caller, List<String> loanIds, List<String> merchantIds) {
    List<String> ids = loanIds == null ? List.of() : loanIds;
    List<String> refs = merchantIds == null ? List.of() : merchantIds;
    if (ids.isEmpty() && refs.isEmpty() || ids.size() + refs.size() > BULK_LIMIT) {
      throw new com.opensylo.shared.error.InvalidRequestException(
          "Ask for 1 to " + BULK_LIMIT + " loanIds and merchantIds together.");
    }
    Reader reader = reader(caller);
    List<Lookup> results = new java.util.ArrayList<>();
    for (String id : ids) {
      results.add(new Lookup(id, null, find(reader, id)));
    }
    Map<String, List<Loan>> byMerchant = byMerchants(reader, refs);
    for (String ref : refs) {
      List<Loan> merchantLoans = byMerchant.getOrDefault(ref, List.of());
      Optional<Loan> loan =
          current(merchantLoans)
              .or(() -> merchantLoans.stream().max(Comparator.comparing(Loan::createdAt)));
      results.add(new Lookup(null, ref, loan));
    }
    return results;
  }

  /** The loan a merchant's next deduction goes to: its oldest ACTIVE loan still owing. */
  static Optional<Loan> current(List<Loan> merchantLoans) {
    return merchantLoans.stream()
        .filter(Loan::takesDeductions)
        .min(Comparator.comparing(Loan::createdAt));
  }
}
