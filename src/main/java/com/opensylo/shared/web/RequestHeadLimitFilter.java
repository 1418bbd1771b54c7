package com.opensylo.shared.web;

import com.opensylo.shared.error.ApiException;
import com.opensylo.shared.error.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Refuses a request target longer than {@value #MAX_TARGET_CHARS} characters with 414 and a header
 * value longer than {@value #MAX_HEADER_CHARS} with 431, in the error shape of the endpoint. These
 * were Liberty's own limits ({@code httpOptions limitFieldSize}), where the HTTP channel answers
 * with an empty body and no correlation id; server.xml raises the channel's limit above them so
 * that such requests reach the application and are refused here instead. Runs right after {@link
 * PercentEncodingFilter}, before any filter that reads the request.
 */
@Provider
@PreMatching
@Priority(110)
public class RequestHeadLimitFilter implements ContainerRequestFilter {

  /** The longest request target (path and query) the platform accepts. */
  public static final int MAX_TARGET_CHARS = 32_768;

  /** The longest single header value the platform accepts. */
  public static final int MAX_HEADER_CHARS = 32_768;

  @Override
  public void filter(ContainerRequestContext request) {
    URI uri = request.getUriInfo().getRequestUri();
    String path = uri.getRawPath();
    String query = uri.getRawQuery();
    long target = (path == null ? 0 : path.length()) + (query == null ? 0 : query.length() + 1);
    if (target > MAX_TARGET_CHARS) {
      throw new ApiException(
          414,
          ErrorCode.URI_TOO_LONG,
          "The request target (path and query string) is longer than "
              + MAX_TARGET_CHARS
              + " characters; send large input in the request body.");
    }
    for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
      for (String value : header.getValue()) {
        if (value != null && value.length() > MAX_HEADER_CHARS) {
          throw new ApiException(
              431,
              ErrorCode.HEADER_TOO_LARGE,
              "The request header "
                  + header.getKey()
                  + " is longer than "
                  + MAX_HEADER_CHARS
                  + " characters.");
        }
      }
    }
  }
}
