package com.opensylo.identity.api;

import com.opensylo.shared.error.ApiError;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.Set;

/**
 * The token, revocation and introspection endpoints answer every error in the RFC 6749 §5.2 shape,
 * also the ones the shared HTTP layer raises before a resource runs (malformed or deep JSON, a
 * broken form encoding, 413 for an oversize body, 415 for a wrong content type, 405): an {@link
 * ApiError} leaving for one of these paths becomes {@code {error, error_description}}, with {@code
 * invalid_request} for bad input ({@code server_error} for a 5xx) and the same status. The
 * authorization endpoint, which a browser calls, answers them with its HTML error page.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class OAuthErrorBodies implements ContainerResponseFilter {

  private static final Set<String> PATHS =
      Set.of("/oauth/token", "/oauth/revoke", "/oauth/introspect");
  private static final String AUTHORIZE = "/oauth/authorize";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(response.getEntity() instanceof ApiError error)) {
      return;
    }
    String path = request.getUriInfo().getRequestUri().getRawPath();
    if (AUTHORIZE.equals(path)) {
      // a browser is on the other end: it gets the HTML error page, never JSON
      Response page = ConsentPage.error(error.statusCode(), error.message());
      response.setEntity(page.getEntity(), new Annotation[0], page.getMediaType());
      page.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
      return;
    }
    if (!PATHS.contains(path)) {
      return;
    }
    String code =
        switch (error.statusCode()) {
          case 401 -> "invalid_client";
          case 503 -> "temporarily_unavailable"; // RFC 6749 §4.1.2.1; Retry-After stays
          default -> error.statusCode() >= 500 ? "server_error" : "invalid_request";
        };
    response.setEntity(
        new OAuthErrorResponse(code, error.message()),
        new Annotation[0],
        MediaType.APPLICATION_JSON_TYPE);
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    response.getHeaders().putSingle("Pragma", "no-cache");
  }
}
