package com.opensylo.identity.api;

import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.service.ClientAuthentication;
import com.opensylo.identity.service.IssuedTokens;
import com.opensylo.identity.service.OAuthException;
import com.opensylo.identity.service.TokenGrant;
import com.opensylo.identity.service.TokenGrants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /oauth/token}: authorization_code (PKCE), refresh_token and client_credentials
 * grants.
 */
@Path("/oauth/token")
@RequestScoped
@Tag(name = "OAuth 2.0")
public class TokenResource {

  @Inject ClientAuthentication clients;
  @Inject TokenGrants grants;
  @Context HttpServletRequest http;

  /**
   * Token request as RFC 6749 sends it (form). 200 with tokens; 400 {@code invalid_request}, {@code
   * invalid_grant}, {@code invalid_scope}, {@code unsupported_grant_type}; 401 {@code
   * invalid_client}.
   */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Exchange a code or refresh token, or get a client_credentials token")
  public Response tokenForm(
      MultivaluedMap<String, String> form,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Map<String, String> params = new HashMap<>();
    for (Map.Entry<String, List<String>> entry : form.entrySet()) {
      if (entry.getValue().size() > 1) {
        throw OAuthException.invalidRequest("Parameter " + entry.getKey() + " is repeated.");
      }
      params.put(entry.getKey(), entry.getValue().isEmpty() ? null : entry.getValue().get(0));
    }
    return token(params, authorization);
  }

  /** The same token request with a JSON body (OpenSylo style). */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response tokenJson(
      JsonObject body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    if (body == null) {
      throw OAuthException.invalidRequest("A JSON object body is required.");
    }
    Map<String, String> params = new HashMap<>();
    for (Map.Entry<String, JsonValue> entry : body.entrySet()) {
      if (!(entry.getValue() instanceof JsonString text)) {
        throw OAuthException.invalidRequest("Parameter " + entry.getKey() + " must be a string.");
      }
      params.put(entry.getKey(), text.getString());
    }
    return token(params, authorization);
  }

  private Response token(Map<String, String> params, String authorization) {
    String grantType = params.get("grant_type");
    if (grantType == null || grantType.isBlank()) {
      throw OAuthException.invalidRequest("grant_type is required.");
    }
    TokenGrant grant =
        grants
            .find(grantType)
            .orElseThrow(
                () ->
                    new OAuthException(
                        "unsupported_grant_type",
                        "Supported: " + String.join(", ", grants.types()) + "."));
    OAuthClient client =
        ClientCredentials.authenticate(
            clients,
            authorization,
            params.get("client_id"),
            params.get("client_secret"),
            http.getRemoteAddr());
    http.setAttribute(OAuthCors.ALLOWED_CLIENT, client);
    IssuedTokens issued = grant.issue(client, params);
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(
            new TokenResponse(
                issued.accessToken(),
                "Bearer",
                issued.expiresIn(),
                issued.refreshToken(),
                issued.scope()))
        .cacheControl(noStore)
        .header("Pragma", "no-cache")
        .build();
  }
}
