package com.opensylo.merchant.api;

import com.opensylo.merchant.service.IngestionService;
import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.security.PartnerApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

/** Many merchants' data in one request (SPEC §6), with the marketplace's own token. */
@Path("/api/marketplace/data/bulk")
@RequestScoped
@PartnerApi
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data Ingestion")
@SecurityRequirement(name = "bearer")
public class BulkMerchantDataResource {

  @Inject IngestionService ingestion;
  @Context SecurityContext security;

  /**
   * Validates, authorises, stores and scores each item on its own. 200 with one result per item in
   * request order (a bad item is reported and the good ones are kept); 400 when the body is not
   * {@code {merchants:[…]}}; 403 {@code CLIENT_CREDENTIALS_REQUIRED} for a merchant's token; 413
   * {@code BULK_LIMIT_EXCEEDED} beyond 500 items, nothing stored.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Submit bulk merchant data",
      description =
          "Up to 500 merchants already linked to this marketplace with live consent. Each item is"
              + " checked as a single submission would be and gets its own result; the same item"
              + " sent again (same merchant, same data) answers with its original transactionId"
              + " and stores nothing new. All accepted items are written in one batch.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MerchantDataRequest.Bulk.class),
              examples =
                  @ExampleObject(name = "twoMerchants", value = IngestionExamples.BULK_REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "One result per item, in request order",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IngestionResponses.BulkMerchantDataResponse.class),
              examples = @ExampleObject(name = "mixed", value = IngestionExamples.BULK_RESPONSE)))
  @APIResponse(
      responseCode = "400",
      description = "Not {merchants:[...]}",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "403",
      description = "CLIENT_CREDENTIALS_REQUIRED",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "413",
      description = "BULK_LIMIT_EXCEEDED: more than 500 merchants; nothing stored",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response submit(JsonValue body) {
    return MerchantDataResource.json(
        IngestionResponses.BulkMerchantDataResponse.of(
                ingestion.submitBulk(PartnerCallers.of(security), body))
            .toJson());
  }
}
