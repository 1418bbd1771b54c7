package com.opensylo.dashboard.api;

import com.opensylo.marketplace.domain.UserRole;
import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.web.PathIds;
import com.opensylo.webhook.domain.DeliveryStatus;
import com.opensylo.webhook.domain.WebhookDelivery;
import com.opensylo.webhook.domain.WebhookDeliveryAttempt;
import com.opensylo.webhook.service.WebhookDeliveryLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The outbound webhook delivery log (SPEC §3, §9). */
@Path("/marketplace-dashboard/webhook-deliveries")
@RequestScoped
@DashboardAccess
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace Dashboard")
@SecurityRequirement(name = "bearer")
public class DashboardDeliveriesResource {

  private static final String NOT_FOUND = "Webhook delivery not found";

  @Inject WebhookDeliveryLog deliveries;
  @Inject DashboardCaller caller;
  @Context HttpServletRequest http;

  /** One delivery: every key present, null where it does not apply yet. */
  @SuppressWarnings(
      "deprecation") // JsonbProperty.nillable: the per-property switch Yasson honours on records
  public record DeliveryResponse(
      String id,
      String eventId,
      String event,
      String status,
      int attempts,
      @JsonbProperty(nillable = true) Integer lastResponseCode,
      @JsonbProperty(nillable = true) String lastError,
      @JsonbProperty(nillable = true) Instant lastAttemptAt,
      @JsonbProperty(nillable = true) Instant nextRetryAt,
      Instant createdAt) {

    static DeliveryResponse of(WebhookDelivery d) {
      return new DeliveryResponse(
          d.id().toString(),
          d.eventId().toString(),
          d.eventType(),
          d.status().name(),
          d.attempts(),
          d.lastResponseCode(),
          d.lastError(),
          d.lastAttemptAt(),
          d.nextAttemptAt(),
          d.createdAt());
    }
  }

  /** One attempt: its status code is null when no answer came (timeout, refused target). */
  @SuppressWarnings("deprecation") // as above
  public record AttemptResponse(
      int attempt,
      Instant attemptedAt,
      @JsonbProperty(nillable = true) Integer statusCode,
      long durationMs,
      @JsonbProperty(nillable = true) String error) {

    static AttemptResponse of(WebhookDeliveryAttempt a) {
      return new AttemptResponse(
          a.attemptNo(), a.attemptedAt(), a.statusCode(), a.durationMs(), a.error());
    }
  }

  /** {@code {deliveries, page, pageSize, total}} */
  public record DeliveriesResponse(
      List<DeliveryResponse> deliveries, int page, int pageSize, long total) {}

  /** {@code {delivery, attempts}}: attempts oldest first. */
  public record DeliveryDetailResponse(DeliveryResponse delivery, List<AttemptResponse> attempts) {}

  /**
   * The caller's marketplace's deliveries, newest first, optionally of one status and one event
   * type; 1-based page. 200; 400 bad filter or page; 401.
   */
  @GET
  @Operation(summary = "List outbound webhook deliveries")
  @APIResponse(
      responseCode = "200",
      description = "One page of deliveries",
      content = @Content(schema = @Schema(implementation = DeliveriesResponse.class)))
  public DeliveriesResponse list(
      @QueryParam("status")
          @Pattern(
              regexp = "PENDING|DELIVERED|FAILED",
              message = "must be PENDING, DELIVERED or FAILED")
          String status,
      @QueryParam("event")
          @Pattern(regexp = "[a-z_]{1,32}(\\.[a-z_]{1,32})?", message = "must be an event type")
          String event,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(100000) int page,
      @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize) {
    WebhookDeliveryLog.DeliveryPage found =
        deliveries.page(
            caller.marketplace().id(),
            status == null ? null : DeliveryStatus.valueOf(status),
            event,
            page,
            pageSize);
    return new DeliveriesResponse(
        found.deliveries().stream().map(DeliveryResponse::of).toList(),
        found.page(),
        found.pageSize(),
        found.total());
  }

  /** One delivery with every attempt. 200; 401; 404 unknown here. */
  @GET
  @Path("/{deliveryId}")
  @Operation(summary = "Get an outbound webhook delivery with its attempts")
  @APIResponse(
      responseCode = "200",
      description = "The delivery and its attempts",
      content = @Content(schema = @Schema(implementation = DeliveryDetailResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "NOT_FOUND",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public DeliveryDetailResponse get(@PathParam("deliveryId") String deliveryId) {
    WebhookDeliveryLog.DeliveryDetail detail =
        deliveries.detail(caller.marketplace().id(), PathIds.uuid(deliveryId, NOT_FOUND));
    return new DeliveryDetailResponse(
        DeliveryResponse.of(detail.delivery()),
        detail.attempts().stream().map(AttemptResponse::of).toList());
  }

  /**
   * Queues one more attempt of a delivery, due at once (also of a delivered or failed one). 202
   * with the delivery; 401; 403 for a DEVELOPER; 404 unknown here; 409 {@code DELIVERY_IN_PROGRESS}
   * while an attempt is under way.
   */
  @POST
  @Path("/{deliveryId}/redeliver")
  @DashboardAccess({UserRole.OWNER, UserRole.ADMIN})
  @Operation(summary = "Redeliver an outbound webhook")
  @APIResponse(
      responseCode = "202",
      description = "The delivery, queued",
      content = @Content(schema = @Schema(implementation = DeliveryResponse.class)))
  @APIResponse(
      responseCode = "409",
      description = "DELIVERY_IN_PROGRESS",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response redeliver(@PathParam("deliveryId") String deliveryId) {
    WebhookDelivery queued =
        deliveries.redeliver(
            caller.marketplace().id(),
            PathIds.uuid(deliveryId, NOT_FOUND),
            caller.actor(),
            http.getRemoteAddr());
    return Response.accepted(DeliveryResponse.of(queued)).build();
  }
}
