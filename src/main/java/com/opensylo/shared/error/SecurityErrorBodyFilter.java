package com.opensylo.shared.error;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;

/**
 * Gives the container's own 401 and 403 answers (MicroProfile JWT refusing a token,
 * {@code @RolesAllowed} refusing a caller) the {@link ApiError} body: Liberty sends them with an
 * empty body and never reaches the JAX-RS exception mappers. Keeps the {@code WWW-Authenticate}
 * challenge the container set. Declared in web.xml, after the correlation-id filter.
 */
public class SecurityErrorBodyFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient Clock clock;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, response);
    int status = response.getStatus();
    if ((status == 401 || status == 403)
        && !response.isCommitted()
        && response.getContentType() == null) {
      ApiErrors.write(response, ApiErrors.forStatus(status, request.getRequestURI(), clock));
    }
  }
}
