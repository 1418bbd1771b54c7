package com.opensylo.shared.security;

import com.opensylo.shared.error.ApiErrors;
import com.opensylo.shared.error.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Enforces {@link PartnerApi} and {@link RequiresScope} (SPEC §2): 401 {@code invalid_token}
 * without a partner access token (none, or one for another audience such as the dashboard), 403
 * {@code insufficient_scope} naming the scope.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ScopeFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.audience", defaultValue = "opensylo-api")
  String audience;

  @Override
  public void filter(ContainerRequestContext request) {
    RequiresScope required = annotation(RequiresScope.class);
    if (required == null && annotation(PartnerApi.class) == null) {
      return;
    }
    String path = request.getUriInfo().getRequestUri().getRawPath();
    if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)
        || token.getAudience() == null
        || !token.getAudience().contains(audience)
        || token.getClaim("client_id") == null) {
      request.abortWith(
          challenge(
              401,
              ErrorCode.UNAUTHORIZED,
              "A valid OAuth access token is required.",
              path,
              "Bearer error=\"invalid_token\""));
      return;
    }
    if (required == null) {
      return;
    }
    Object scope = token.getClaim("scope");
    boolean granted =
        scope != null && Arrays.asList(scope.toString().split(" ")).contains(required.value());
    if (!granted) {
      request.abortWith(
          challenge(
              403,
              "INSUFFICIENT_SCOPE",
              "This call needs the scope " + required.value() + ".",
              path,
              "Bearer error=\"insufficient_scope\", scope=\"" + required.value() + "\""));
    }
  }

  private <A extends java.lang.annotation.Annotation> A annotation(Class<A> type) {
    A onMethod =
        resource.getResourceMethod() == null
            ? null
            : resource.getResourceMethod().getAnnotation(type);
    if (onMethod != null || resource.getResourceClass() == null) {
      return onMethod;
    }
    return resource.getResourceClass().getAnnotation(type);
  }

  private Response challenge(int status, String code, String message, String path, String header) {
    return Response.fromResponse(
            ApiErrors.response(ApiErrors.body(status, code, message, null, path, clock)))
        .header("WWW-Authenticate", header)
        .build();
  }
}
