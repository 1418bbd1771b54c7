package com.opensylo.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every request a correlation id before anything else in the application sees it. Declared in
 * web.xml, first in the filter chain.
 */
public class CorrelationIdFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Request attribute holding the id, for code that only has the servlet request. */
  public static final String ATTRIBUTE = CorrelationIdFilter.class.getName();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String existing = (String) request.getAttribute(ATTRIBUTE);
    String id =
        existing != null
            ? existing
            : RequestCorrelation.acceptOrGenerate(request.getHeader(RequestCorrelation.HEADER));
    request.setAttribute(ATTRIBUTE, id);
    response.setHeader(RequestCorrelation.HEADER, id);
    RequestCorrelation.set(id);
    try {
      chain.doFilter(request, response);
    } finally {
      RequestCorrelation.clear();
    }
  }
}
