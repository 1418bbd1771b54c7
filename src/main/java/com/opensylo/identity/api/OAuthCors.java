package com.opensylo.identity.api;

import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.service.ClientLookup;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * CORS for the endpoints browsers call directly (SPEC §4): the token and revocation endpoints and
 * the discovery documents. A preflight is answered for an origin some enabled client lists; an
 * actual token or revocation response names the origin only when the authenticated client lists it
 * ({@link #ALLOWED_CLIENT}); discovery answers any registered origin. Every other origin gets no
 * CORS headers at all.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class OAuthCors implements ContainerRequestFilter, ContainerResponseFilter {

  /** Request property the token and revocation resources set to the client they authenticated. */
  static final String ALLOWED_CLIENT = OAuthCors.class.getName() + ".client";

  private static final Map<String, String> METHODS =
      Map.of(
          "/oauth/token", "POST",
          "/oauth/revoke", "POST",
          "/.well-known/oauth-authorization-server", "GET",
          "/oauth/jwks", "GET");

  @Inject ClientLookup clients;

  @Override
  public void filter(ContainerRequestContext request) {
    String methods = METHODS.get(request.getUriInfo().getRequestUri().getRawPath());
    String origin = request.getHeaderString("Origin");
    if (methods == null
        || !"OPTIONS".equals(request.getMethod())
        || origin == null
        || request.getHeaderString("Access-Control-Request-Method") == null) {
      return;
    }
    Response.ResponseBuilder preflight = Response.noContent().header("Vary", "Origin");
    if (clients.anyEnabledClientAllowsOrigin(origin)) {
      preflight
          .header("Access-Control-Allow-Origin", origin)
          .header("Access-Control-Allow-Methods", methods)
          .header("Access-Control-Allow-Headers", "Authorization, Content-Type")
          .header("Access-Control-Max-Age", "600");
    }
    request.abortWith(preflight.build());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getRequestUri().getRawPath();
    String origin = request.getHeaderString("Origin");
    if (!METHODS.containsKey(path) || origin == null || "OPTIONS".equals(request.getMethod())) {
      return;
    }
    response.getHeaders().add("Vary", "Origin");
    boolean allowed =
        "GET".equals(METHODS.get(path))
            ? clients.anyEnabledClientAllowsOrigin(origin)
            : request.getProperty(ALLOWED_CLIENT) instanceof OAuthClient client
                && client.allowsOrigin(origin);
    if (allowed) {
      response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
    }
  }
}
