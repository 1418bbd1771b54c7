package com.opensylo.shared.web;

import com.opensylo.shared.error.ErrorCode;
import com.opensylo.shared.error.InvalidRequestException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses, with 400 {@code INVALID_PARAMETER}, a form body ({@code
 * application/x-www-form-urlencoded}) whose percent-encoding is broken: the JAX-RS runtime would
 * otherwise fail while decoding it, with a 500. Runs after {@link RequestBodyLimitFilter}, so a
 * body is only buffered once it is known to be within the limit.
 */
@Provider
@PreMatching
@Priority(Priorities.USER + 100)
public class FormEncodingFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    MediaType type = request.getMediaType();
    if (type == null
        || !type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
        || !request.hasEntity()) {
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    if (!PercentEncoding.isValidForm(new String(body, StandardCharsets.ISO_8859_1))) {
      throw new InvalidRequestException(
          ErrorCode.INVALID_PARAMETER,
          "The form body is not valid percent-encoded UTF-8 (for example, % not followed by two"
              + " hex digits).");
    }
    request.setEntityStream(new ByteArrayInputStream(body));
  }
}
