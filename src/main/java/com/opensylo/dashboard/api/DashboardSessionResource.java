package com.opensylo.dashboard.api;

import com.opensylo.dashboard.service.DashboardAccountService;
import com.opensylo.shared.error.ApiError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in user's own session and password (SPEC §3): logout ends the caller's dashboard JWT;
 * a password change ends all of the caller's dashboard JWTs. Both at once, on every node.
 */
@Path("/marketplace-dashboard")
@RequestScoped
@DashboardAccess
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace Dashboard")
@SecurityRequirement(name = "bearer")
public class DashboardSessionResource {

  @Inject DashboardAccountService accounts;
  @Inject DashboardCaller caller;
  @Context HttpServletRequest http;

  /** {@code {currentPassword, newPassword}}; the new one follows the onboarding password rules. */
  public record ChangePasswordRequest(
      @NotNull @Size(min = 1, max = 128) String currentPassword,
      @NotNull @Size(min = 12, max = 128, message = "must have 12 to 128 characters")
          String newPassword) {}

  /**
   * Ends the dashboard JWT this request came with; the user's other tokens keep working. 204; 401
   * without a valid dashboard token (also after this call, with the same token).
   */
  @POST
  @Path("/logout")
  @Operation(summary = "Log out: end this dashboard token")
  @APIResponse(responseCode = "204", description = "The token is ended on every node.")
  @APIResponse(
      responseCode = "401",
      description = "No valid dashboard token.",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public void logout() {
    accounts.logout(caller.user(), caller.tokenId(), caller.tokenExpiresAt(), http.getRemoteAddr());
  }

  /**
   * Changes the caller's password and ends every dashboard JWT issued to them, this one included
   * (sign in again with the new password). 204; 400 invalid body; 401; 403 {@code
   * INVALID_CREDENTIALS} when the current password is wrong (counted like a failed sign-in); 422
   * {@code PASSWORD_UNCHANGED}; 429 {@code ACCOUNT_LOCKED} with {@code Retry-After} after repeated
   * failures.
   */
  @POST
  @Path("/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the caller's password (ends all of the caller's dashboard tokens)")
  @APIResponse(responseCode = "204", description = "Changed; every older token is ended.")
  @APIResponse(
      responseCode = "400",
      description = "Invalid body.",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "401",
      description = "No valid dashboard token.",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "403",
      description = "The current password is incorrect.",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "422",
      description = "The new password equals the current one.",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "429",
      description = "Too many failed attempts; see Retry-After.",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public void changePassword(@NotNull @Valid ChangePasswordRequest body) {
    accounts.changePassword(
        caller.user(), body.currentPassword(), body.newPassword(), http.getRemoteAddr());
  }
}
