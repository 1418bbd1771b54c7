package com.opensylo.loan.api;

import com.opensylo.audit.service.AuditService;
import com.opensylo.loan.domain.LoanStatus;
import com.opensylo.loan.service.LoanOrigination;
import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.web.PathIds;
import com.opensylo.shared.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators originate loans and move them through their transitions (SPEC §5). Group admin. */
@Path("/v1/admin/loans")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: loans")
@SecurityRequirement(name = "bearer")
public class LoanAdminResource {

  @Inject LoanOrigination origination;
  @Context SecurityContext security;
  @Context HttpServletRequest http;
  @Context UriInfo uriInfo;

  /** {@code {loan}} */
  public record Single(LoanView loan) {}

  /** A page of loans, newest first. */
  public record Page(List<LoanView> loans, int page, int pageSize, long total) {}

  /**
   * Originates an APPROVED loan for a linked, scored merchant within its latest lending cap. 201 +
   * Location; 400 invalid; 422 {@code MARKETPLACE_NOT_FOUND}, {@code MARKETPLACE_NOT_ACTIVE},
   * {@code MERCHANT_NOT_FOUND}, {@code MERCHANT_NOT_SCORED}, {@code TIER_NOT_ELIGIBLE}, {@code
   * EXCEEDS_LENDING_CAP}, {@code CURRENCY_MISMATCH}.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Originate a loan")
  @APIResponse(
      responseCode = "201",
      description = "The loan, APPROVED; loan.approved is queued for the marketplace",
      content = @Content(schema = @Schema(implementation = Single.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "MARKETPLACE_NOT_FOUND, MARKETPLACE_NOT_ACTIVE, MERCHANT_NOT_FOUND, MERCHANT_NOT_SCORED,"
              + " TIER_NOT_ELIGIBLE, EXCEEDS_LENDING_CAP or CURRENCY_MISMATCH",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response originate(@NotNull @Valid LoanRequests.OriginateLoanRequest body) {
    var loan =
        origination.originate(
            new LoanOrigination.Application(
                UUID.fromString(body.marketplaceId()),
                body.merchantId(),
                body.principalAmount(),
                body.feeAmount(),
                body.deductionRate(),
                body.currency()),
            actor(),
            http.getRemoteAddr());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(loan.id().toString()).build())
        .entity(new Single(LoanView.of(loan)))
        .build();
  }

  /** Loans, newest first, optionally of one marketplace and status; 1-based page. */
  @GET
  @Operation(summary = "List loans")
  public Page list(
      @QueryParam("marketplaceId")
          @Pattern(regexp = LoanRequests.UUID_PATTERN, message = "must be a UUID")
          String marketplaceId,
      @QueryParam("status")
          @Pattern(
              regexp = "APPROVED|ACTIVE|COMPLETED|CANCELLED|DEFAULTED|WRITTEN_OFF",
              message = "must be a loan status")
          String status,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(100000) int page,
      @QueryParam("pageSize") @DefaultValue("20") @Min(1) @Max(100) int pageSize) {
    LoanOrigination.LoanPage found =
        origination.list(
            marketplaceId == null ? null : UUID.fromString(marketplaceId),
            status == null ? null : LoanStatus.valueOf(status),
            page,
            pageSize);
    return new Page(
        found.loans().stream().map(LoanView::of).toList(),
        found.page(),
        found.pageSize(),
        found.total());
  }

  /** One loan. 200; 404 unknown. */
  @GET
  @Path("/{loanId}")
  @Operation(summary = "Get a loan")
  @APIResponse(
      responseCode = "200",
      description = "The loan",
      content = @Content(schema = @Schema(implementation = Single.class)))
  @APIResponse(
      responseCode = "404",
      description = "LOAN_NOT_FOUND",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Single get(@PathParam("loanId") String loanId) {
    return new Single(LoanView.of(origination.get(uuid(loanId))));
  }

  /** APPROVED → ACTIVE. 200; 404; 409 {@code INVALID_LOAN_STATUS} naming the current status. */
  @POST
  @Path("/{loanId}/disburse")
  @Operation(summary = "Disburse a loan (APPROVED → ACTIVE)")
  @APIResponse(
      responseCode = "409",
      description = "INVALID_LOAN_STATUS: the message names the current status",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Single disburse(@PathParam("loanId") String loanId) {
    return new Single(
        LoanView.of(origination.disburse(uuid(loanId), actor(), http.getRemoteAddr())));
  }

  /** APPROVED → CANCELLED. 200; 404; 409. */
  @POST
  @Path("/{loanId}/cancel")
  @Operation(summary = "Cancel a loan before disbursement (APPROVED → CANCELLED)")
  @APIResponse(
      responseCode = "409",
      description = "INVALID_LOAN_STATUS: the message names the current status",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Single cancel(@PathParam("loanId") String loanId) {
    return new Single(LoanView.of(origination.cancel(uuid(loanId), actor(), http.getRemoteAddr())));
  }

  /** ACTIVE → DEFAULTED. 200; 404; 409. */
  @POST
  @Path("/{loanId}/default")
  @Operation(summary = "Mark a loan defaulted (ACTIVE → DEFAULTED)")
  @APIResponse(
      responseCode = "409",
      description = "INVALID_LOAN_STATUS: the message names the current status",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Single markDefaulted(@PathParam("loanId") String loanId) {
    return new Single(
        LoanView.of(origination.markDefaulted(uuid(loanId), actor(), http.getRemoteAddr())));
  }

  /** DEFAULTED → WRITTEN_OFF. 200; 404; 409. */
  @POST
  @Path("/{loanId}/write-off")
  @Operation(summary = "Write a defaulted loan off (DEFAULTED → WRITTEN_OFF)")
  @APIResponse(
      responseCode = "409",
      description = "INVALID_LOAN_STATUS: the message names the current status",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Single writeOff(@PathParam("loanId") String loanId) {
    return new Single(
        LoanView.of(origination.writeOff(uuid(loanId), actor(), http.getRemoteAddr())));
  }

  private AuditService.Actor actor() {
    return AuditService.Actor.admin(security.getUserPrincipal());
  }

  private static UUID uuid(String id) {
    return PathIds.uuid(id, "Loan not found");
  }
}
