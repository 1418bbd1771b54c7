package com.opensylo.identity.api;

import com.opensylo.identity.service.OAuthException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * OAuth endpoint failures → RFC 6749 error body; {@code invalid_client} is a 401 with a Basic
 * challenge.
 */
@Provider
public class OAuthExceptionMapper implements ExceptionMapper<OAuthException> {

  @Override
  public Response toResponse(OAuthException exception) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    Response.ResponseBuilder response =
        Response.status(exception.status())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .cacheControl(noStore)
            .header("Pragma", "no-cache")
            .entity(new OAuthErrorResponse(exception.error(), exception.getMessage()));
    if (exception.status() == 401) {
      response.header("WWW-Authenticate", "Basic realm=\"opensylo\", charset=\"UTF-8\"");
    }
    return response.build();
  }
}
