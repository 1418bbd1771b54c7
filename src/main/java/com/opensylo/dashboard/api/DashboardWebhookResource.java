package com.opensylo.dashboard.api;

import com.opensylo.marketplace.domain.UserRole;
import com.opensylo.shared.error.ApiError;
import com.opensylo.webhook.domain.OutboundEvents;
import com.opensylo.webhook.domain.WebhookEndpoint;
import com.opensylo.webhook.service.WebhookEndpointService;
import com.opensylo.webhook.service.WebhookPing;
import com.opensylo.webhook.service.WebhookSender;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The outbound webhook endpoint for loan events and the HMAC secret of both webhook directions
 * (SPEC §3, §8, §9).
 */
@Path("/marketplace-dashboard/webhook")
@RequestScoped
@DashboardAccess
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace Dashboard")
@SecurityRequirement(name = "bearer")
public class DashboardWebhookResource {

  @Inject WebhookEndpointService webhooks;
  @Inject WebhookPing ping;
  @Inject DashboardCaller caller;
  @Context HttpServletRequest http;

  /** {@code {url, enabled}}: a null url removes the endpoint; enabled defaults to true. */
  public record WebhookSettingsRequest(@Size(max = 2048) @WebhookUrl String url, Boolean enabled) {}

  /** The endpoint settings; never the secret. */
  @SuppressWarnings(
      "deprecation") // JsonbProperty.nillable: the per-property switch Yasson honours on records
  public record WebhookSettingsResponse(
      @JsonbProperty(nillable = true) String url,
      boolean enabled,
      List<String> events,
      String signatureHeader,
      Instant secretLastRotatedAt,
      Instant updatedAt) {

    static WebhookSettingsResponse of(WebhookEndpoint endpoint) {
      return new WebhookSettingsResponse(
          endpoint.url(),
          endpoint.enabled(),
          OutboundEvents.LOAN_EVENTS,
          OutboundEvents.SIGNATURE_HEADER,
          endpoint.secretRotatedAt(),
          endpoint.updatedAt());
    }
  }

  /** The new secret, shown once. */
  public record RotatedWebhookSecretResponse(
      boolean success, String message, String webhookSecret, Instant rotatedAt) {}

  /**
   * What a test event came to: delivered on a 2xx; the status code null when no answer came (a
   * timeout, a refused target).
   */
  @SuppressWarnings("deprecation") // JsonbProperty.nillable, as above
  public record WebhookTestResponse(
      boolean delivered,
      String eventId,
      @JsonbProperty(nillable = true) Integer statusCode,
      long durationMs,
      @JsonbProperty(nillable = true) String error,
      Instant sentAt) {}

  /** The current settings. 200; 401 without a dashboard JWT. */
  @GET
  @Operation(summary = "View the webhook endpoint")
  public WebhookSettingsResponse get() {
    return WebhookSettingsResponse.of(webhooks.endpoint(caller.marketplace().id()));
  }

  /** Sets the endpoint. 200; 400 invalid URL; 401; 403 for a DEVELOPER. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @DashboardAccess({UserRole.OWNER, UserRole.ADMIN})
  @Operation(summary = "Set the webhook endpoint")
  public WebhookSettingsResponse update(@NotNull @Valid WebhookSettingsRequest body) {
    return WebhookSettingsResponse.of(
        webhooks.configure(
            caller.marketplace().id(),
            body.url(),
            body.enabled(),
            caller.actor(),
            http.getRemoteAddr()));
  }

  /**
   * Sends a signed {@code ping} event to the endpoint now, enabled or not, and reports the answer.
   * 200 (also when the receiver failed: see {@code delivered}); 401; 422 {@code
   * WEBHOOK_URL_NOT_SET}.
   */
  @POST
  @Path("/test")
  @Operation(summary = "Send a test event to the webhook endpoint")
  @APIResponse(
      responseCode = "200",
      description = "What the receiver answered",
      content = @Content(schema = @Schema(implementation = WebhookTestResponse.class)))
  @APIResponse(
      responseCode = "422",
      description = "WEBHOOK_URL_NOT_SET",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public WebhookTestResponse test() {
    WebhookPing.PingResult sent = ping.ping(caller.marketplace().id());
    WebhookSender.Outcome outcome = sent.outcome();
    return new WebhookTestResponse(
        outcome.delivered(),
        sent.eventId().toString(),
        outcome.statusCode(),
        outcome.durationMs(),
        outcome.error(),
        outcome.attemptedAt());
  }

  /**
   * A new HMAC secret for both webhook directions; the old one stops working at once. 200; 401; 403
   * DEVELOPER.
   */
  @POST
  @Path("/rotate-secret")
  @DashboardAccess({UserRole.OWNER, UserRole.ADMIN})
  @Operation(summary = "Rotate the webhook secret")
  public RotatedWebhookSecretResponse rotateSecret() {
    WebhookEndpointService.RotatedSecret rotated =
        webhooks.rotateSecret(caller.marketplace().id(), caller.actor(), http.getRemoteAddr());
    return new RotatedWebhookSecretResponse(
        true,
        "Webhook secret rotated successfully. Store it securely - it will not be shown again.",
        rotated.webhookSecret(),
        rotated.rotatedAt());
  }
}
