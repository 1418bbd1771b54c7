package com.opensylo.shared.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * No API answer is kept by a browser or a shared cache unless its resource says otherwise (the JWKS
 * does): many answers carry a secret shown only once (a client secret at creation, rotation or
 * onboarding, a webhook secret, a dashboard or access token), and the rest are per-caller data.
 * Every response without its own {@code Cache-Control} gets {@code no-store} and {@code Pragma:
 * no-cache} (RFC 6749 §5.1, RFC 9111 §5.2.2.5), so a new endpoint cannot forget them.
 */
@Provider
public class NoStoreFilter implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
      response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
      response.getHeaders().putSingle("Pragma", "no-cache");
    }
  }
}
