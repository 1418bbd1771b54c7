package com.opensylo.identity.api;

import com.opensylo.shared.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tells an operator how the platform sees their admin token. */
@Path("/v1/admin/whoami")
@RequestScoped
@Tag(name = "Admin")
public class WhoAmIResource {

  @Context SecurityContext security;

  /**
   * The caller's subject and groups, as read from their verified JWT. 200; 401 without a valid
   * token (missing, expired, wrong issuer or audience, bad signature, unsigned); 403 without group
   * {@code admin}.
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "The verified caller of this admin request")
  @SecurityRequirement(name = "bearer")
  public WhoAmIResponse whoAmI() {
    JsonWebToken token = (JsonWebToken) security.getUserPrincipal();
    Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
    return new WhoAmIResponse(token.getSubject(), List.copyOf(new TreeSet<>(groups)));
  }
}
