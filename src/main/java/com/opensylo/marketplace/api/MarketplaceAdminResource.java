package com.opensylo.marketplace.api;

import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.ClientEnvironment;
import com.opensylo.marketplace.domain.MarketplaceStatus;
import com.opensylo.marketplace.domain.UserRole;
import com.opensylo.marketplace.service.MarketplaceService;
import com.opensylo.shared.web.PathIds;
import com.opensylo.shared.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators onboard and manage marketplaces (SPEC §5, camelCase bodies). Group {@code admin}. */
@Path("/v1/admin/marketplaces")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: marketplaces")
@SecurityRequirement(name = "bearer")
public class MarketplaceAdminResource {

  @Inject MarketplaceService marketplaces;
  @Context SecurityContext security;
  @Context HttpServletRequest http;
  @Context UriInfo uriInfo;

  /**
   * Onboards a marketplace: the marketplace, its OWNER, its confidential OAuth client and its
   * webhook secret in one transaction. 201 + Location, the client secret and webhook secret shown
   * once; 400 invalid; 409 {@code PLATFORM_NAME_TAKEN} / {@code EMAIL_TAKEN}.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Onboard a marketplace")
  @APIResponse(
      responseCode = "201",
      description = "The marketplace, its owner and its credentials, shown once, with Location",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MarketplaceResponses.OnboardedResponse.class)))
  public Response create(@NotNull @Valid MarketplaceRequests.CreateMarketplaceRequest body) {
    var owner = body.owner();
    MarketplaceService.Onboarded onboarded =
        marketplaces.onboard(
            new MarketplaceService.NewMarketplace(
                body.platformName(),
                body.displayName(),
                body.defaultCurrency(),
                ClientEnvironment.valueOf(body.environment()),
                new MarketplaceService.NewUser(
                    owner.email(),
                    owner.firstName(),
                    owner.lastName(),
                    owner.password(),
                    UserRole.OWNER),
                body.redirectUris(),
                body.allowedScopes()),
            actor(),
            http.getRemoteAddr());
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(onboarded.marketplace().id().toString()).build())
        .entity(MarketplaceResponses.OnboardedResponse.of(onboarded))
        .build();
  }

  /**
   * Lists marketplaces, oldest first, optionally by {@code status}; 1-based {@code page}, {@code
   * pageSize} ≤ 100.
   */
  @GET
  @Operation(summary = "List marketplaces")
  public MarketplaceResponses.Page list(
      @QueryParam("status")
          @Pattern(regexp = "ACTIVE|SUSPENDED", message = "must be ACTIVE or SUSPENDED")
          String status,
      @QueryParam("page") @DefaultValue("1") @Min(1) int page,
      @QueryParam("pageSize") @DefaultValue("20") @Min(1) @Max(100) int pageSize) {
    MarketplaceService.MarketplacePage found =
        marketplaces.list(
            status == null ? null : MarketplaceStatus.valueOf(status), page, pageSize);
    return new MarketplaceResponses.Page(
        found.marketplaces().stream().map(MarketplaceResponses.MarketplaceView::of).toList(),
        found.page(),
        found.pageSize(),
        found.total());
  }

  /** One marketplace. 200; 404 unknown. */
  @GET
  @Path("/{id}")
  @Operation(summary = "Get a marketplace")
  public MarketplaceResponses.Single get(@PathParam("id") String id) {
    return new MarketplaceResponses.Single(
        MarketplaceResponses.MarketplaceView.of(marketplaces.get(uuid(id))));
  }

  /**
   * Suspends: dashboard sign-in 403, the OAuth client and its tokens stop working. 200; 404; 409
   * already.
   */
  @POST
  @Path("/{id}/suspend")
  @Operation(summary = "Suspend a marketplace")
  public MarketplaceResponses.Single suspend(@PathParam("id") String id) {
    return new MarketplaceResponses.Single(
        MarketplaceResponses.MarketplaceView.of(
            marketplaces.suspend(uuid(id), actor(), http.getRemoteAddr())));
  }

  /** Reactivates a suspended marketplace. 200; 404; 409 already active. */
  @POST
  @Path("/{id}/reactivate")
  @Operation(summary = "Reactivate a marketplace")
  public MarketplaceResponses.Single reactivate(@PathParam("id") String id) {
    return new MarketplaceResponses.Single(
        MarketplaceResponses.MarketplaceView.of(
            marketplaces.reactivate(uuid(id), actor(), http.getRemoteAddr())));
  }

  private AuditService.Actor actor() {
    return new AuditService.Actor("admin", security.getUserPrincipal().getName());
  }

  private static UUID uuid(String id) {
    return PathIds.uuid(id, "Marketplace not found");
  }
}
