package com.opensylo.identity.api;

import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.service.SigningKeyService;
import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.error.SnakeCaseErrors;
import com.opensylo.shared.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The identity admin API for access-token signing keys (SPEC §5). Group {@code admin}; snake_case
 * bodies. 401 without a valid token, 403 without group {@code admin}.
 */
@Path("/v1/admin/signing-keys")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@SnakeCaseErrors
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: signing keys")
@SecurityRequirement(name = "bearer")
@APIResponse(
    responseCode = "401",
    description = "No valid bearer token",
    content =
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class)))
@APIResponse(
    responseCode = "403",
    description = "The token is not in group admin",
    content =
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class)))
public class SigningKeyAdminResource {

  @Inject SigningKeyService signingKeys;
  @Context SecurityContext security;
  @Context HttpServletRequest http;

  /** Every signing key, newest first, with its status and until when it is published. 200. */
  @GET
  @Operation(summary = "List the signing keys")
  @APIResponse(
      responseCode = "200",
      description = "Every key, newest first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SigningKeyResponse.Listing.class)))
  public SigningKeyResponse.Listing list() {
    return new SigningKeyResponse.Listing(
        signingKeys.list().stream().map(SigningKeyResponse::of).toList());
  }

  /**
   * Adds a new active key, which every node signs with from its next token, and retires the current
   * one: it stays in the JWKS and keeps verifying until the last token it signed has expired
   * ({@code retired_published_until}). 200; audited as {@code signing_key.rotated}.
   */
  @POST
  @Path("/rotate")
  @Operation(summary = "Rotate the signing key (the old key verifies until its tokens expire)")
  @APIResponse(
      responseCode = "200",
      description = "The new key and the retired one",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SigningKeyResponse.Rotation.class)))
  public SigningKeyResponse.Rotation rotate() {
    return SigningKeyResponse.Rotation.of(
        signingKeys.rotate(
            AuditService.Actor.admin(security.getUserPrincipal()), http.getRemoteAddr()));
  }
}
