package com.opensylo.sandbox.api;

import com.opensylo.sandbox.domain.SandboxWorld;
import com.opensylo.sandbox.service.SandboxCatalogue;
import com.opensylo.sandbox.service.SandboxSettings;
import com.opensylo.shared.error.ApiError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public, unauthenticated facts about the sandbox environment (SPEC §10). Each answers 403 {@code
 * SANDBOX_DISABLED} when the sandbox is off.
 */
@Path("/sandbox")
@RequestScoped
@Tag(name = "Sandbox")
@APIResponse(
    responseCode = "403",
    description = "The sandbox is disabled",
    content = @Content(schema = @Schema(implementation = ApiError.class)))
public class SandboxResource {

  @Inject SandboxSettings settings;
  @Inject SandboxCatalogue catalogue;

  /** What the sandbox offers and how it is limited. */
  @GET
  @Path("/info")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sandbox environment info")
  @APIResponse(
      responseCode = "200",
      description = "The sandbox",
      content = @Content(schema = @Schema(implementation = SandboxInfoResponse.class)))
  public SandboxInfoResponse info() {
    catalogue.requireEnabled();
    return new SandboxInfoResponse(
        true,
        "sandbox",
        settings.version(),
        settings.limitations(),
        settings.documentationUrl(),
        new SandboxInfoResponse.RateLimits(
            settings.requestsPerMinute(), settings.requestsPerHour()),
        settings.tokenExpiryDays());
  }

  /** The sandbox marketplace's public credentials. */
  @GET
  @Path("/test-credentials")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Get sandbox test credentials")
  @APIResponse(
      responseCode = "200",
      description = "The sandbox marketplace's credentials (public by design)",
      content = @Content(schema = @Schema(implementation = SandboxResponses.Credentials.class)))
  public SandboxResponses.Credentials testCredentials() {
    catalogue.requireEnabled();
    return new SandboxResponses.Credentials(
        java.util.List.of(
            new SandboxResponses.Credential(
                SandboxWorld.CLIENT_ID,
                SandboxWorld.CLIENT_SECRET,
                SandboxWorld.REDIRECT_URIS,
                SandboxWorld.SCOPES,
                SandboxWorld.MARKETPLACE_NAME,
                SandboxWorld.MARKETPLACE_ID,
                SandboxWorld.PLATFORM_NAME,
                SandboxWorld.WEBHOOK_SECRET,
                SandboxWorld.DASHBOARD_EMAIL,
                SandboxWorld.DASHBOARD_PASSWORD)));
  }

  /** The five test merchants, one per tier. */
  @GET
  @Path("/test-merchants")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Get sandbox test merchants")
  @APIResponse(
      responseCode = "200",
      description = "One consent-page account per tier",
      content = @Content(schema = @Schema(implementation = SandboxResponses.Merchants.class)))
  public SandboxResponses.Merchants testMerchants() {
    return new SandboxResponses.Merchants(
        catalogue.merchants().stream()
            .map(
                p ->
                    new SandboxResponses.Merchant(
                        p.tier(),
                        p.merchant().email(),
                        p.merchant().password(),
                        p.creditScore(),
                        p.merchant().riskLevel(),
                        p.lendingCap(),
                        SandboxWorld.CURRENCY,
                        p.merchant().description(),
                        p.merchant().merchantId()))
            .toList());
  }
}
