package com.opensylo.shared.security;

import com.opensylo.shared.error.ApiErrors;
import com.opensylo.shared.error.ErrorCode;
import com.opensylo.shared.web.ResourceAnnotations;
import com.opensylo.shared.web.Roles;
import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The admin API admits only admin tokens: RFC 9068 access tokens of the admin audience ({@code
 * opensylo.oauth.admin-audience}), which the authorization server issues to operator clients alone.
 * A token that carries the {@code admin} group for any other audience (a partner token, or one
 * minted before admin authority was tied to operator clients) is refused with 403, as is a
 * dashboard JWT.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AdminTokenFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.admin-audience")
  String adminAudience;

  @Override
  public void filter(ContainerRequestContext request) {
    RolesAllowed roles = ResourceAnnotations.find(resource, RolesAllowed.class);
    if (roles == null || !Arrays.asList(roles.value()).contains(Roles.ADMIN)) {
      return;
    }
    Object principal = request.getSecurityContext().getUserPrincipal();
    if (principal == null) {
      return; // no token: the container's own 401 applies
    }
    // any other kind of principal (a registry user, say) is no admin token either
    if (!(principal instanceof JsonWebToken token)
        || !AccessTokens.isAccessTokenFor(token, adminAudience)) {
      request.abortWith(
          ApiErrors.refusal(
              request,
              403,
              ErrorCode.FORBIDDEN,
              "An admin token is required: client_credentials of an operator client.",
              null,
              clock));
    }
  }
}
