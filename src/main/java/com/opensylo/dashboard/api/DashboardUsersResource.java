package com.opensylo.dashboard.api;

import com.opensylo.dashboard.service.DashboardUserAdmission;
import com.opensylo.marketplace.domain.UserRole;
import com.opensylo.marketplace.service.MarketplaceService;
import com.opensylo.marketplace.service.MarketplaceUserService;
import com.opensylo.shared.web.PathIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The users of the caller's marketplace; the OWNER adds and removes them. */
@Path("/marketplace-dashboard/users")
@RequestScoped
@DashboardAccess
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace Dashboard")
@SecurityRequirement(name = "bearer")
public class DashboardUsersResource {

  @Inject MarketplaceUserService users;
  @Inject DashboardUserAdmission admission;
  @Inject DashboardCaller caller;
  @Context HttpServletRequest http;
  @Context UriInfo uriInfo;

  /** A new ADMIN or DEVELOPER. */
  public record AddUserRequest(
      @NotBlank @Email @Size(max = 320) String email,
      @NotBlank @Size(max = 100) String firstName,
      @NotBlank @Size(max = 100) String lastName,
      @NotNull @Size(min = 12, max = 128, message = "must have 12 to 128 characters")
          String password,
      @NotNull @Pattern(regexp = "ADMIN|DEVELOPER", message = "must be ADMIN or DEVELOPER")
          String role) {}

  /** {@code {users}} */
  public record UsersResponse(List<UserSummary> users) {}

  /** {@code {user}} */
  public record UserResponse(UserSummary user) {}

  /** Everyone who can sign in to this marketplace's dashboard. 200; 401. */
  @GET
  @Operation(summary = "List dashboard users")
  public UsersResponse list() {
    return new UsersResponse(
        users.list(caller.marketplace().id()).stream().map(UserSummary::of).toList());
  }

  /**
   * Adds a user. 201 + Location; 400 invalid; 401; 403 unless OWNER; 409 {@code EMAIL_TAKEN} when
   * the email is in use here or in any other marketplace (one answer for both); 429 {@code
   * TOO_MANY_ATTEMPTS} with {@code Retry-After} after 5 such refusals in 15 minutes.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @DashboardAccess(UserRole.OWNER)
  @Operation(summary = "Add a dashboard user")
  @APIResponse(
      responseCode = "201",
      description = "The user, with Location",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UserResponse.class)))
  public Response add(@NotNull @Valid AddUserRequest body) {
    var user =
        admission.add(
            caller.marketplace().id(),
            new MarketplaceService.NewUser(
                body.email(),
                body.firstName(),
                body.lastName(),
                body.password(),
                UserRole.valueOf(body.role())),
            caller.actor(),
            http.getRemoteAddr());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(user.id().toString()).build())
        .entity(new UserResponse(UserSummary.of(user)))
        .build();
  }

  /**
   * Removes a user of this marketplace. 204; 401; 403 unless OWNER; 404 unknown here; 422 for the
   * OWNER.
   */
  @DELETE
  @Path("/{userId}")
  @DashboardAccess(UserRole.OWNER)
  @Operation(summary = "Remove a dashboard user")
  public void remove(@PathParam("userId") String userId) {
    users.remove(
        caller.marketplace().id(),
        PathIds.uuid(userId, "User not found"),
        caller.actor(),
        http.getRemoteAddr());
  }
}
