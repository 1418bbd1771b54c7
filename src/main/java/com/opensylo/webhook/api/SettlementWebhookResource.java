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

/** A marketplace reports settlements of collected deductions and their transfers (SPEC §8). */
@Path("/api/v1/webhooks/marketplace/settlement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbound Webhooks")
public class SettlementWebhookResource {

  @Inject InboundWebhooks webhooks;
  @Context HttpHeaders headers;

  /**
   * 200 ack; 401 as for repayments; 400 invalid body; 409 {@code DUPLICATE_EVENT} (with the
   * original ack), {@code DUPLICATE_SETTLEMENT}, {@code ALREADY_TRANSFERRED}; 422 {@code
   * SETTLEMENT_MISMATCH} listing every difference, {@code UNKNOWN_SETTLEMENT}; nothing applied.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Send settlement webhook")
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
              schema = @Schema(implementation = InboundMessages.SettlementEvent.class)))
  @APIResponse(
      responseCode = "200",
      description = "Received and applied",
      content = @Content(schema = @Schema(implementation = InboundMessages.Ack.class)))
  @APIResponse(
      responseCode = "401",
      description = "INVALID_SIGNATURE, MISSING_SIGNATURE, STALE_TIMESTAMP or HEADER_MISMATCH",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "DUPLICATE_EVENT (with the original ack), DUPLICATE_SETTLEMENT, ALREADY_TRANSFERRED",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "EVENT_ID_REUSED, SETTLEMENT_MISMATCH (details list each difference) or"
              + " UNKNOWN_SETTLEMENT; nothing applied",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public InboundMessages.Ack receive(byte[] body) {
    return webhooks.settlement(InboundRequests.of(headers, body));
  }
}
