package com.opensylo.webhook.api;

import com.opensylo.shared.error.ApiError;
import com.opensylo.webhook.service.InboundMessages;
import com.opensylo.webhook.service.InboundWebhooks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A marketplace reports repayments it deducted, failed or reversed (SPEC §8). */
@Path("/api/v1/webhooks/marketplace/repayment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbound Webhooks")
public class RepaymentWebhookResource {

  @Inject InboundWebhooks webhooks;
  @Context HttpHeaders headers;

  /**
   * 200 ack; 401 bad or missing signature, stale timestamp, headers that disagree with the body
   * (nothing stored); 400 invalid body; 404 loan unknown here; 409 {@code DUPLICATE_EVENT} (with
   * the original ack), {@code DUPLICATE_DEDUCTION}, {@code ALREADY_REVERSED}; 422 the rules of the
   * ledger, nothing applied; 503 busy, retry.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Send repayment webhook")
  @Parameter(
      name = InboundRequests.MARKETPLACE_ID,
      in = ParameterIn.HEADER,
      schema = @Schema(type = SchemaType.STRING),
      required = true)
  @Parameter(
      name = InboundRequests.TIMESTAMP,
      in = ParameterIn.HEADER,
      schema = @Schema(type = SchemaType.STRING),
      required = true,
      description = "Unix seconds; at most 5 minutes from the server's clock")
  @Parameter(
      name = InboundRequests.EVENT_ID,
      in = ParameterIn.HEADER,
      schema = @Schema(type = SchemaType.STRING),
      required = true)
  @Parameter(
      name = InboundRequests.SIGNATURE,
      in = ParameterIn.HEADER,
      schema = @Schema(type = SchemaType.STRING),
      required = true,
      description = "sha256=<hex HMAC-SHA256(webhook secret, \"<timestamp>.<raw body>\")>")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InboundMessages.RepaymentEvent.class)))
  @APIResponse(
      responseCode = "200",
      description = "Received and applied (repayment.failed: recorded)",
      content = @Content(schema = @Schema(implementation = InboundMessages.Ack.class)))
  @APIResponse(
      responseCode = "401",
      description = "INVALID_SIGNATURE, MISSING_SIGNATURE, STALE_TIMESTAMP or HEADER_MISMATCH",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "DUPLICATE_EVENT (with the original ack), DUPLICATE_DEDUCTION, ALREADY_REVERSED",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "EVENT_ID_REUSED, OVERPAYMENT, CURRENCY_MISMATCH, INVALID_AMOUNT, LOAN_NOT_ACTIVE,"
              + " UNKNOWN_DEDUCTION, DEDUCTION_SETTLED, AMOUNT_MISMATCH, MERCHANT_MISMATCH,"
              + " LOAN_MISMATCH; nothing applied",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public InboundMessages.Ack receive(byte[] body) {
    return webhooks.repayment(InboundRequests.of(headers, body));
  }
}
