package com.opensylo.shared.web;

import com.opensylo.shared.error.ErrorCode;
import com.opensylo.shared.error.InvalidRequestException;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses, with 400 {@code INVALID_PARAMETER}, a request whose query string has broken
 * percent-encoding ({@code %zz}, a lone {@code %}, escapes that are not UTF-8), as {@link
 * QueryStringGuard} marked it. Runs before every other filter, since none can read such a request's
 * URI.
 */
@Provider
@PreMatching
@Priority(100)
public class PercentEncodingFilter implements ContainerRequestFilter {

  @Context HttpServletRequest http;

  @Override
  public void filter(ContainerRequestContext request) {
    if (http != null && http.getAttribute(QueryStringGuard.BROKEN) != null) {
      throw new InvalidRequestException(
          ErrorCode.INVALID_PARAMETER,
          "The query string is not valid percent-encoded UTF-8 (for example, % not followed by"
              + " two hex digits).");
    }
  }
}
