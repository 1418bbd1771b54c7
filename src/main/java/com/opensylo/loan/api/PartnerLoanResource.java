package com.opensylo.loan.api;

import com.opensylo.loan.service.DeductionValidation;
import com.opensylo.loan.service.PartnerLoans;
import com.opensylo.merchant.api.PartnerCallers;
import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.security.PartnerApi;
import com.opensylo.shared.security.RequiresScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The partner Loan API (SPEC §7): a marketplace reads its merchants' loans and checks deductions
 * before it makes them. Bearer with {@code repayment.report}; another marketplace's merchants and
 * loans answer 404, like missing ones.
 */
@Path("/api/v1/marketplace/loans")
@RequestScoped
@PartnerApi
@RequiresScope("repayment.report")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Loan API")
@SecurityRequirement(name = "bearer")
public class PartnerLoanResource {

  @Inject PartnerLoans loans;
  @Inject DeductionValidation validation;
  @Context SecurityContext security;

  /** The merchant's ACTIVE loans; empty when none; 404 a merchant this marketplace lacks. */
  @GET
  @Path("/merchant/{merchantId}/active")
  @Operation(summary = "Get active loans for a merchant")
  @APIResponse(
      responseCode = "200",
      description = "The merchant's ACTIVE loans and their totals",
      content = @Content(schema = @Schema(implementation = LoanResponses.ActiveLoans.class)))
  @APIResponse(
      responseCode = "404",
      description = "MERCHANT_NOT_FOUND",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public LoanResponses.ActiveLoans active(@PathParam("merchantId") String merchantId) {
    return LoanResponses.ActiveLoans.of(loans.active(PartnerCallers.of(security), merchantId));
  }

  /** A loan by id or reference, with its repayment progress. 404 unknown here. */
  @GET
  @Path("/{loanId}/status")
  @Operation(summary = "Get loan status (by id or reference)")
  @APIResponse(
      responseCode = "200",
      description = "The loan and its progress",
      content = @Content(schema = @Schema(implementation = LoanResponses.LoanStatus.class)))
  @APIResponse(
      responseCode = "404",
      description = "LOAN_NOT_FOUND",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public LoanResponses.LoanStatus status(@PathParam("loanId") String loanId) {
    return LoanResponses.LoanStatus.of(loans.status(PartnerCallers.of(security), loanId));
  }

  /** Judges up to 1000 proposed deductions; read-only. */
  @POST
  @Path("/validate-deductions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Validate deduction amounts (read-only)")
  @APIResponse(
      responseCode = "200",
      description = "One verdict per proposal, in request order",
      content = @Content(schema = @Schema(implementation = LoanResponses.ValidateDeductions.class)))
  public LoanResponses.ValidateDeductions validate(
      @NotNull @Valid LoanRequests.ValidateDeductionsRequest body) {
    return LoanResponses.ValidateDeductions.of(
        validation.validate(
            PartnerCallers.of(security),
            body.deductions().stream()
                .map(
                    d ->
                        new DeductionValidation.Proposal(
                            d.merchantId(),
                            d.loanId(),
                            d.transactionId(),
                            d.saleAmount(),
                            d.proposedDeduction(),
                            d.currency()))
                .toList()));
  }

  /** Loans by id or reference and merchants' current loans, at most 100 together. */
  @POST
  @Path("/bulk-status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Bulk loan status check")
  @APIResponse(
      responseCode = "200",
      description = "One result per loan id, then per merchant id, in request order",
      content = @Content(schema = @Schema(implementation = LoanResponses.BulkStatus.class)))
  public LoanResponses.BulkStatus bulkStatus(@NotNull @Valid LoanRequests.BulkStatusRequest body) {
    return new LoanResponses.BulkStatus(
        true,
        loans.bulkStatus(PartnerCallers.of(security), body.loanIds(), body.merchantIds()).stream()
            .map(
                l ->
                    new LoanResponses.BulkResult(
                        l.loanId(),
                        l.merchantId(),
                        l.loan().isPresent(),
                        l.loan().map(LoanView::of).orElse(null)))
            .toList());
  }
}
