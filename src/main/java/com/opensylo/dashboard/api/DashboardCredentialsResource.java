package com.opensylo.dashboard.api;

import com.opensylo.identity.service.ClientSecrets;
import com.opensylo.identity.service.ClientSummary;
import com.opensylo.identity.service.ClientWithSecret;
import com.opensylo.marketplace.domain.UserRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The marketplace's OAuth credentials (SPEC §3, seed 000). */
@Path("/marketplace-dashboard/credentials")
@RequestScoped
@DashboardAccess
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace Dashboard")
@SecurityRequirement(name = "bearer")
public class DashboardCredentialsResource {

  /** Seed 000's message, word for word. */
  static final String REGENERATED_MESSAGE =
      "Client secret regenerated successfully. Store it securely - it will not be shown again.";

  @Inject ClientSecrets secrets;
  @Inject DashboardCaller caller;
  @Context HttpServletRequest http;

  /** The credentials; the secret only masked. */
  @SuppressWarnings(
      "deprecation") // JsonbProperty.nillable: the per-property switch Yasson honours on records
  public record CredentialsResponse(
      String clientId,
      String clientSecretMasked,
      List<String> redirectUris,
      List<String> allowedScopes,
      String environment,
      @JsonbProperty(nillable = true) Instant secretLastRotatedAt,
      Instant createdAt) {}

  /** Seed 000 response. */
  public record RegenerateSecretResponse(
      boolean success, String message, String clientSecret, Instant regeneratedAt) {}

  /**
   * The OAuth client of the caller's marketplace, secret masked. 200; 401 without a dashboard JWT.
   */
  @GET
  @Operation(summary = "View OAuth credentials")
  public CredentialsResponse credentials() {
    ClientSummary summary = secrets.summary(caller.marketplace().clientPk());
    return new CredentialsResponse(
        summary.client().clientId(),
        summary.maskedSecret(),
        summary.client().redirectUris(),
        summary.client().allowedScopes(),
        caller.marketplace().environment().name(),
        summary.secretLastRotatedAt(),
        summary.client().createdAt());
  }

  /**
   * A new client secret, shown once. The old secret stops working immediately; tokens already
   * issued stay valid. 200; 401 without a dashboard JWT; 403 for a DEVELOPER.
   */
  @POST
  @Path("/regenerate-secret")
  @DashboardAccess({UserRole.OWNER, UserRole.ADMIN})
  @Operation(summary = "Regenerate client secret")
  public RegenerateSecretResponse regenerate() {
    ClientWithSecret regenerated =
        secrets.regenerate(caller.marketplace().clientPk(), caller.actor(), http.getRemoteAddr());
    return new RegenerateSecretResponse(
        true, REGENERATED_MESSAGE, regenerated.clientSecret(), regenerated.issuedAt());
  }
}
