package com.opensylo.dashboard.api;

import com.opensylo.dashboard.service.DashboardLoginService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in to the Marketplace Dashboard (SPEC §3). */
@Path("/marketplace-dashboard/login")
@RequestScoped
@Tag(name = "Marketplace Dashboard")
public class DashboardLoginResource {

  @Inject DashboardLoginService logins;
  @Context HttpServletRequest http;

  /** {@code {email, password}} */
  public record DashboardLoginRequest(
      @NotBlank @Size(max = 320) String email,
      @NotNull @Size(min = 1, max = 128) String password) {}

  /** The dashboard JWT and whom it is for. */
  public record DashboardLoginResponse(
      String accessToken,
      String tokenType,
      long expiresIn,
      MarketplaceSummary marketplace,
      UserSummary user) {

    /** The marketplace the user signed in to. */
    public record MarketplaceSummary(
        String id, String platformName, String displayName, String status) {}
  }

  /**
   * Exchanges email and password for a dashboard JWT (24 h). 200; 400 invalid body; 401 unknown
   * email or wrong password (one message for both); 429 {@code ACCOUNT_LOCKED} with {@code
   * Retry-After} after repeated failures of this email from this address (known email or not) or
   * from this address across all emails; 403 {@code MARKETPLACE_SUSPENDED} when the marketplace is
   * not ACTIVE; 503 {@code BUSY} with {@code Retry-After} when more sign-ins arrive at once than
   * the password hash can serve.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Login to the marketplace dashboard")
  public DashboardLoginResponse login(@NotNull @Valid DashboardLoginRequest body) {
    DashboardLoginService.SignedIn in =
        logins.login(body.email(), body.password(), http.getRemoteAddr()).orThrow();
    return new DashboardLoginResponse(
        in.accessToken(),
        "Bearer",
        in.expiresIn().toSeconds(),
        new DashboardLoginResponse.MarketplaceSummary(
            in.marketplace().id().toString(),
            in.marketplace().platformName(),
            in.marketplace().displayName(),
            in.marketplace().status().name()),
        UserSummary.of(in.user()));
  }
}
