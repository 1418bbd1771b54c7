package com.opensylo.identity.api;

import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.service.ClientService;
import com.opensylo.identity.service.OAuthException;
import com.opensylo.identity.service.TokenService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /oauth/introspect} (RFC 7662), for resource servers holding a confidential client. A
 * client sees only its own tokens as active, unless it is a designated resource server.
 */
@Path("/oauth/introspect")
@RequestScoped
@Tag(name = "OAuth 2.0")
public class IntrospectionResource {

  @Inject ClientService clients;
  @Inject TokenService tokens;
  @jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletRequest http;

  /** {@code {active:true, …claims}} or {@code {active:false}}; 401 {@code invalid_client}. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Introspect a token")
  public Map<String, Object> introspect(
      MultivaluedMap<String, String> form,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    String token = form.getFirst("token");
    String hint = form.getFirst("token_type_hint");
    String clientId = form.getFirst("client_id");
    String clientSecret = form.getFirst("client_secret");
    OAuthClient caller =
        ClientCredentials.authenticate(
            clients, authorization, clientId, clientSecret, http.getRemoteAddr());
    if (!caller.isConfidential()) {
      throw OAuthException.invalidClient();
    }
    return tokens
        .introspect(caller, token)
        .<Map<String, Object>>map(
            claims -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("active", true);
              body.putAll(claims);
              return body;
            })
        .orElse(Map.of("active", false));
  }
}
