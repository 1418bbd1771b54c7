package com.opensylo.loan.api;

import com.opensylo.loan.domain.BalanceDiscrepancy;
import com.opensylo.loan.domain.LedgerBreach;
import com.opensylo.loan.service.Discrepancies;
import com.opensylo.loan.service.LedgerInvariants;
import com.opensylo.shared.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reconciliation for operators (SPEC §5): the inbound events whose reported balance disagreed with
 * the ledger, and the ledger invariant check. Snake_case, like the filters.
 */
@Path("/v1/admin/reconciliation")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: reconciliation")
@SecurityRequirement(name = "bearer")
@SuppressWarnings("deprecation") // JsonbProperty.nillable
public class ReconciliationAdminResource {

  @Inject Discrepancies discrepancies;
  @Inject LedgerInvariants invariants;

  /** A balance as one side tells it (a report may leave amounts out: null). */
  public record BalanceView(
      @JsonbProperty(value = "total_due", nillable = true) BigDecimal totalDue,
      @JsonbProperty(value = "total_paid", nillable = true) BigDecimal totalPaid,
      @JsonbProperty(value = "outstanding", nillable = true) BigDecimal outstanding) {
    static BalanceView of(BalanceDiscrepancy.Balance b) {
      return new BalanceView(b.totalDue(), b.totalPaid(), b.outstanding());
    }
  }

  public record DiscrepancyView(
      String id,
      @JsonbProperty("marketplace_id") String marketplaceId,
      @JsonbProperty("loan_id") String loanId,
      @JsonbProperty("event_id") String eventId,
      @JsonbProperty("event_type") String eventType,
      String currency,
      BalanceView reported,
      BalanceView ledger,
      @JsonbProperty("recorded_at") Instant recordedAt) {
    static DiscrepancyView of(BalanceDiscrepancy d) {
      return new DiscrepancyView(
          d.id().toString(),
          d.marketplaceId().toString(),
          d.loanId().toString(),
          d.eventId(),
          d.eventType(),
          d.currency(),
          BalanceView.of(d.reported()),
          BalanceView.of(d.ledger()),
          d.recordedAt());
    }
  }

  public record DiscrepancyPage(
      List<DiscrepancyView> discrepancies,
      int page,
      @JsonbProperty("page_size") int pageSize,
      long total) {}

  public record LedgerCheck(boolean holds, long loans, long entries, List<LedgerBreach> breaches) {}

  /** Newest first; filters {@code marketplace_id}, {@code loan_id}. */
  @GET
  @Path("/discrepancies")
  @Operation(summary = "List balance discrepancies")
  public DiscrepancyPage list(
      @QueryParam("marketplace_id")
          @Pattern(regexp = LoanRequests.UUID_PATTERN, message = "must be a UUID")
          String marketplaceId,
      @QueryParam("loan_id")
          @Pattern(regexp = LoanRequests.UUID_PATTERN, message = "must be a UUID")
          String loanId,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(100000) int page,
      @QueryParam("page_size") @DefaultValue("20") @Min(1) @Max(100) int pageSize) {
    Discrepancies.DiscrepancyPage found =
        discrepancies.list(uuid(marketplaceId), uuid(loanId), page, pageSize);
    return new DiscrepancyPage(
        found.discrepancies().stream().map(DiscrepancyView::of).toList(),
        found.page(),
        found.pageSize(),
        found.total());
  }

  /** Runs the ledger invariant check now; {@code holds} false lists every breach. */
  @GET
  @Path("/ledger-check")
  @Operation(summary = "Check the ledger invariants")
  @Schema(implementation = LedgerCheck.class)
  public LedgerCheck ledgerCheck() {
    LedgerInvariants.Report report = invariants.check();
    return new LedgerCheck(report.holds(), report.loans(), report.entries(), report.breaches());
  }

  private static UUID uuid(String text) {
    return text == null ? null : UUID.fromString(text);
  }
}
