package com.opensylo.dashboard.api;

import com.opensylo.webhook.domain.WebhookDelivery;
import com.opensylo.webhook.service.WebhookDeliveryLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

  @Inject WebhookDeliveryLog deliveries;
  @Inject DashboardCaller caller;

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

  /** {@code {deliveries}} */
  public record DeliveriesResponse(List<DeliveryResponse> deliveries) {}

  /** The newest deliveries of the caller's marketplace, newest first. 200; 400 bad limit; 401. */
  @GET
  @Operation(summary = "Recent outbound webhook deliveries")
  public DeliveriesResponse list(
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return new DeliveriesResponse(
        deliveries.recent(caller.marketplace().id(), limit).stream()
            .map(DeliveryResponse::of)
            .toList());
  }
}
