package com.opensylo.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Hides a query string with broken percent-encoding ({@code ?type=%zz}) from the JAX-RS runtime,
 * which cannot even build the request URI from it and would fail with a 500 in every filter and
 * mapper that asks for it. The request goes on without its query, marked with {@link #BROKEN}, and
 * {@link PercentEncodingFilter} refuses it with 400 in the error shape of the endpoint it was sent
 * to. Declared in web.xml, right after the correlation-id filter.
 */
public class QueryStringGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Request attribute set when the query string was hidden. */
  public static final String BROKEN = QueryStringGuard.class.getName() + ".broken";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (PercentEncoding.isValidForm(request.getQueryString())) {
      chain.doFilter(request, response);
      return;
    }
    request.setAttribute(BROKEN, Boolean.TRUE);
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          @Override
          public String getQueryString() {
            return null;
          }
        },
        response);
  }
}
