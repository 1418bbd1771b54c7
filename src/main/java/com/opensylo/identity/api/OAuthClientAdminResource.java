package com.opensylo.identity.api;

import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.ClientRegistration;
import com.opensylo.identity.domain.ClientType;
import com.opensylo.identity.service.ClientAdministration;
import com.opensylo.identity.service.ClientChanges;
import com.opensylo.identity.service.ClientPage;
import com.opensylo.identity.service.ClientSecrets;
import com.opensylo.identity.service.ClientWithSecret;
import com.opensylo.shared.error.SnakeCaseErrors;
import com.opensylo.shared.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The identity admin API for OAuth clients (SPEC §5, seed 003). Group {@code admin}; snake_case
 * bodies.
 */
@Path("/v1/admin/oauth-clients")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@SnakeCaseErrors
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: OAuth clients")
@SecurityRequirement(name = "bearer")
public class OAuthClientAdminResource {

  @Inject ClientAdministration administration;
  @Inject ClientSecrets secrets;
  @Context SecurityContext security;
  @Context HttpServletRequest http;
  @Context UriInfo uriInfo;

  /**
   * Registers a client. 201 {@code {client, client_secret}} (no secret for public clients); 400
   * invalid.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create an OAuth client")
  @APIResponse(
      responseCode = "201",
      description = "The client and its secret, shown once, with Location",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OAuthClientResponse.WithSecret.class)))
  public Response create(@NotNull @Valid CreateOAuthClientRequest body) {
    ClientWithSecret created =
        administration.register(
            ClientRegistration.named(body.clientName())
                .type(
                    "public".equals(body.clientType())
                        ? ClientType.PUBLIC
                        : ClientType.CONFIDENTIAL)
                .redirectUris(body.redirectUris())
                .allowedScopes(body.allowedScopes())
                .allowedOrigins(body.allowedOrigins())
                .describedBy(body.clientUri(), body.logoUri())
                .ownedBy(body.ownerId())
                .brand(body.brandId())
                .firstParty(Boolean.TRUE.equals(body.firstParty()))
                .build(),
            actor(),
            http.getRemoteAddr());
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(created.client().clientId()).build())
        .entity(
            new OAuthClientResponse.WithSecret(
                OAuthClientResponse.of(created.client()), created.clientSecret()))
        .build();
  }

  /**
   * Lists clients, optionally by {@code owner_id} / {@code brand_id}; 1-based {@code page}, {@code
   * page_size} ≤ 100.
   */
  @GET
  @Operation(summary = "List OAuth clients")
  public OAuthClientResponse.Page list(
      @QueryParam("owner_id") String ownerId,
      @QueryParam("brand_id") String brandId,
      @QueryParam("page") @DefaultValue("1") @Min(1) int page,
      @QueryParam("page_size") @DefaultValue("20") @Min(1) @Max(100) int pageSize) {
    ClientPage found = administration.list(ownerId, brandId, page, pageSize);
    return new OAuthClientResponse.Page(
        found.clients().stream().map(OAuthClientResponse::of).toList(),
        found.page(),
        found.pageSize(),
        found.total());
  }

  /** One client. 404 {@code not_found}. */
  @GET
  @Path("/{clientId}")
  @Operation(summary = "Get an OAuth client")
  public OAuthClientResponse.Single get(@PathParam("clientId") String clientId) {
    return new OAuthClientResponse.Single(
        OAuthClientResponse.of(administration.getByClientId(clientId)));
  }

  /**
   * Changes name, URIs, scopes, origins or {@code enabled}. 400 for {@code client_type}, {@code
   * brand_id}, {@code is_first_party}; 404 unknown. Disabling makes the client's tokens fail on the
   * next request.
   */
  @PATCH
  @Path("/{clientId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Update an OAuth client")
  public OAuthClientResponse.Single update(
      @PathParam("clientId") String clientId, @NotNull @Valid UpdateOAuthClientRequest body) {
    return new OAuthClientResponse.Single(
        OAuthClientResponse.of(
            administration.update(
                clientId,
                new ClientChanges(
                    body.clientName(),
                    body.redirectUris(),
                    body.allowedScopes(),
                    body.allowedOrigins(),
                    body.clientUri(),
                    body.logoUri(),
                    body.enabled(),
                    body.clientType(),
                    body.brandId(),
                    body.firstParty()),
                actor(),
                http.getRemoteAddr())));
  }

  /** Deletes the client with every grant and token it has. 204; 404 unknown. */
  @DELETE
  @Path("/{clientId}")
  @Operation(summary = "Delete an OAuth client")
  public Response delete(@PathParam("clientId") String clientId) {
    administration.delete(clientId, actor(), http.getRemoteAddr());
    return Response.noContent().build();
  }

  /**
   * Seed 003: a new secret, shown once; the previous one keeps working for the grace period (24 h
   * by default). 200 {@code {client, client_secret}}; 400 for a public client; 404 unknown.
   */
  @POST
  @Path("/{clientId}/rotate-secret")
  @Operation(summary = "Rotate client secret (old secret valid for 24h grace period)")
  public OAuthClientResponse.WithSecret rotateSecret(@PathParam("clientId") String clientId) {
    ClientWithSecret rotated = secrets.rotate(clientId, actor(), http.getRemoteAddr());
    return new OAuthClientResponse.WithSecret(
        OAuthClientResponse.of(rotated.client()), rotated.clientSecret());
  }

  private AuditService.Actor actor() {
    return AuditService.Actor.admin(security.getUserPrincipal());
  }
}
