package com.opensylo.merchant.api;

import com.opensylo.merchant.service.CreditScoreService;
import com.opensylo.merchant.service.IngestionService;
import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.security.PartnerApi;
import com.opensylo.shared.security.RequiresScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One merchant's data in, its latest credit score out (SPEC §6). Bearer: a partner access token,
 * either the marketplace's own (client_credentials) or a merchant's (authorization code).
 */
@Path("/api/marketplace/data/merchant")
@RequestScoped
@PartnerApi
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data Ingestion")
@SecurityRequirement(name = "bearer")
public class MerchantDataResource {

  @Inject IngestionService ingestion;
  @Inject CreditScoreService scores;
  @Context SecurityContext security;

  /**
   * Validates, stores and scores one merchant's data. 200 with the {@code transactionId} and the
   * score (a resend of the same data: the original's, nothing new stored); 400 {@code
   * VALIDATION_FAILED} naming each bad field; 403 {@code INSUFFICIENT_SCOPE} (token), {@code
   * SCOPE_NOT_CONSENTED} or {@code CONSENT_REQUIRED} (merchant), nothing stored; 409 when the
   * merchant's token and the {@code merchantId} are already linked otherwise.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Submit single merchant data",
      description =
          "With a merchant's own token the merchant is the token's subject, and the merchantId is"
              + " bound to it on first use (a different binding later is 409). With the"
              + " marketplace's client_credentials token the merchant must already be linked that"
              + " way and its consent still live, else 403 CONSENT_REQUIRED. Each block needs its"
              + " scope in the token and in the merchant's consent. The same data sent again for"
              + " the same merchant answers with the original transactionId and stores nothing.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MerchantDataRequest.class),
              examples =
                  @ExampleObject(
                      name = "allBlocks",
                      value = IngestionExamples.MERCHANT_DATA_REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "Stored and scored (or the original, for the same data sent again)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IngestionResponses.MerchantDataResponse.class),
              examples =
                  @ExampleObject(
                      name = "scored",
                      value = IngestionExamples.MERCHANT_DATA_RESPONSE)))
  @APIResponse(
      responseCode = "400",
      description = "VALIDATION_FAILED (details name each field) or MALFORMED_JSON",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiError.class),
              examples =
                  @ExampleObject(name = "validation", value = IngestionExamples.VALIDATION_ERROR)))
  @APIResponse(
      responseCode = "403",
      description = "INSUFFICIENT_SCOPE, SCOPE_NOT_CONSENTED or CONSENT_REQUIRED; nothing stored",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "MERCHANT_ID_LINKED_TO_ANOTHER_ACCOUNT or ACCOUNT_LINKED_TO_ANOTHER_MERCHANT_ID",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response submit(JsonValue body) {
    return json(
        IngestionResponses.MerchantDataResponse.of(
                ingestion.submit(PartnerCallers.of(security), body))
            .toJson());
  }

  /**
   * The merchant's latest score. 200; 404 for a merchant never scored, unknown to this marketplace
   * or another marketplace's (one answer for all three); 403 {@code CONSENT_REQUIRED} when the
   * merchant's consent is no longer live, {@code SCOPE_NOT_CONSENTED} without {@code
   * credit.score.read} in it.
   */
  @GET
  @Path("/{merchantId}/credit-score")
  @RequiresScope("credit.score.read")
  @Operation(summary = "Get merchant credit score")
  @APIResponse(
      responseCode = "200",
      description = "The latest score and how old its data is",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IngestionResponses.CreditScoreResponse.class),
              examples =
                  @ExampleObject(name = "latest", value = IngestionExamples.CREDIT_SCORE_RESPONSE)))
  @APIResponse(
      responseCode = "403",
      description = "CONSENT_REQUIRED or SCOPE_NOT_CONSENTED",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "404",
      description = "Never scored, or not a merchant of this marketplace",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response creditScore(@PathParam("merchantId") String merchantId) {
    return json(
        IngestionResponses.CreditScoreResponse.of(
                scores.latest(PartnerCallers.of(security), merchantId))
            .toJson());
  }

  /** 200 with a body written as JSON text already. */
  static Response json(String body) {
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
