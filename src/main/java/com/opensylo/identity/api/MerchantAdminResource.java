package com.opensylo.identity.api;

import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.MerchantAccount;
import com.opensylo.identity.service.MerchantAccountService;
import com.opensylo.shared.web.PathIds;
import com.opensylo.shared.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Merchant accounts that can sign in on the consent page (SPEC §5). Group {@code admin}. */
@Path("/v1/admin/merchants")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: merchants")
@SecurityRequirement(name = "bearer")
public class MerchantAdminResource {

  @Inject MerchantAccountService merchants;
  @Context SecurityContext security;
  @Context HttpServletRequest http;
  @Context UriInfo uriInfo;

  /** New merchant account. */
  public record CreateMerchantRequest(
      @NotBlank @Email @Size(max = 320) String email,
      @NotNull @Size(min = 12, max = 128, message = "must have 12 to 128 characters")
          String password,
      @NotBlank @Size(max = 255) String businessName) {}

  /** {@code {merchant}} */
  public record MerchantResponse(Merchant merchant) {
    /** The public view of an account; never the password hash. */
    public record Merchant(String id, String email, String businessName, Instant createdAt) {}

    static MerchantResponse of(MerchantAccount a) {
      return new MerchantResponse(
          new Merchant(a.id().toString(), a.email(), a.businessName(), a.createdAt()));
    }
  }

  /** Creates an account. 201; 400 invalid; 409 email taken. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a merchant account")
  @APIResponse(
      responseCode = "201",
      description = "The merchant account, with Location",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MerchantResponse.class)))
  public Response create(@NotNull @Valid CreateMerchantRequest body) {
    MerchantAccount account =
        merchants.create(
            body.email(),
            body.password(),
            body.businessName(),
            AuditService.Actor.admin(security.getUserPrincipal()),
            http.getRemoteAddr());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(account.id().toString()).build())
        .entity(MerchantResponse.of(account))
        .build();
  }

  /** One account. 404 unknown. */
  @GET
  @Path("/{id}")
  @Operation(summary = "Get a merchant account")
  public MerchantResponse get(@PathParam("id") String id) {
    return MerchantResponse.of(merchants.get(PathIds.uuid(id, "Merchant not found")));
  }
}
