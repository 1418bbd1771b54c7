package com.opensylo.shared.security;

import com.opensylo.shared.error.ApiErrors;
import com.opensylo.shared.error.ErrorCode;
import com.opensylo.shared.web.ResourceAnnotations;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Enforces {@link PartnerApi} and {@link RequiresScope} (SPEC §2): 401 {@code invalid_token}
 * without a partner access token (none, one that is not {@code typ: at+jwt}, or one for another
 * audience: a dashboard JWT, an operator's admin token, which belongs to no marketplace), 403
 * {@code insufficient_scope} naming the scope.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ScopeFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.audience")
  String audience;

  @Override
  public void filter(ContainerRequestContext request) {
    RequiresScope required = ResourceAnnotations.find(resource, RequiresScope.class);
    if (required == null && ResourceAnnotations.find(resource, PartnerApi.class) == null) {
      return;
    }
    if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)
        || !AccessTokens.isAccessTokenFor(token, audience)
        || token.getClaim("client_id") == null) {
      request.abortWith(
          ApiErrors.refusal(
              request,
              401,
              ErrorCode.UNAUTHORIZED,
              "A valid OAuth access token is required.",
              "Bearer error=\"invalid_token\"",
              clock));
      return;
    }
    if (required == null) {
      return;
    }
    if (!AccessTokens.scopes(token).contains(required.value())) {
      request.abortWith(
          ApiErrors.refusal(
              request,
              403,
              "INSUFFICIENT_SCOPE",
              "This call needs the scope " + required.value() + ".",
              "Bearer error=\"insufficient_scope\", scope=\"" + required.value() + "\"",
              clock));
    }
  }
}
