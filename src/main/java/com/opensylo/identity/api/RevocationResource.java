package com.opensylo.identity.api;

import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.service.ClientAuthentication;
import com.opensylo.identity.service.TokenRevocation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /oauth/revoke} (RFC 7009). */
@Path("/oauth/revoke")
@RequestScoped
@Tag(name = "OAuth 2.0")
public class RevocationResource {

  @Inject ClientAuthentication clients;
  @Inject TokenRevocation tokens;
  @Context HttpServletRequest http;

  /**
   * Revokes a token of the calling client: a refresh token takes its grant and every access token
   * of that grant with it. 200 even for unknown tokens; 400 without {@code token}; 401 {@code
   * invalid_client}.
   */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Revoke a token")
  public Response revoke(
      MultivaluedMap<String, String> form,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    OAuthClient client =
        ClientCredentials.authenticate(clients, authorization, form, http.getRemoteAddr());
    http.setAttribute(OAuthCors.ALLOWED_CLIENT, client);
    tokens.revoke(client, form.getFirst("token"), http.getRemoteAddr());
    return Response.ok().build();
  }
}
