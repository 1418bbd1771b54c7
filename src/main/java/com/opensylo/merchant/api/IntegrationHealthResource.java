package com.opensylo.merchant.api;

import com.opensylo.merchant.service.IntegrationHealthService;
import com.opensylo.shared.security.AccessTokens;
import com.opensylo.shared.security.PartnerApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Integration health check for a marketplace back end (SPEC §6). */
@Path("/api/marketplace/data/health")
@RequestScoped
@PartnerApi
@Tag(name = "Data Ingestion")
@SecurityRequirement(name = "bearer")
public class IntegrationHealthResource {

  @Inject IntegrationHealthService health;
  @Inject Clock clock;
  @Context SecurityContext security;

  /** {@code {id, name}} of the calling marketplace. */
  public record MarketplaceRef(String id, String name) {}

  /** SPEC §6 health response; every key present. */
  @SuppressWarnings(
      "deprecation") // JsonbProperty.nillable: the per-property switch Yasson honours on records
  public record HealthResponse(
      String status,
      @JsonbProperty(nillable = true) MarketplaceRef marketplace,
      String environment,
      boolean tokenValid,
      List<String> scopes,
      Instant tokenExpiresAt,
      @JsonbProperty(nillable = true) Instant lastSubmissionAt,
      Instant timestamp) {}

  /**
   * The calling client's integration as the platform sees it. 200; 401 without a partner access
   * token.
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Integration health check")
  public HealthResponse health() {
    JsonWebToken token = (JsonWebToken) security.getUserPrincipal();
    Object clientId =
        token.getClaim("client_id"); // Object: getClaim's inferred type would pick valueOf(char[])
    IntegrationHealthService.Integration integration = health.of(clientId.toString());
    return new HealthResponse(
        "healthy",
        integration
            .marketplace()
            .map(m -> new MarketplaceRef(m.id().toString(), m.displayName()))
            .orElse(null),
        integration.environment().name(),
        true,
        List.copyOf(AccessTokens.scopes(token)),
        Instant.ofEpochSecond(token.getExpirationTime()),
        integration.lastSubmissionAt().orElse(null),
        Instant.now(clock));
  }
}
