package com.opensylo.identity.api;

import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.service.ClientAuthentication;
import com.opensylo.identity.service.TokenIntrospection;
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

  @Inject ClientAuthentication clients;
  @Inject TokenIntrospection tokens;
  @Context HttpServletRequest http;

  /** {@code {active:true, …claims}} or {@code {active:false}}; 401 {@code invalid_client}. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Introspect a token")
  public Map<String, Object> introspect(
      MultivaluedMap<String, String> form,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    OAuthClient caller =
        ClientCredentials.authenticate(clients, authorization, form, http.getRemoteAddr());
    return tokens
        .introspect(caller, form.getFirst("token"))
        .map(IntrospectionResource::body)
        .orElse(Map.of("active", false));
  }

  /** The RFC 7662 §2.2 members of an active token. */
  private static Map<String, Object> body(TokenIntrospection.ActiveToken t) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("active", true);
    body.put("scope", t.scope());
    body.put("client_id", t.clientId());
    body.put("sub", t.subject());
    body.put("token_type", t.tokenType());
    body.put("exp", t.expiresAt().getEpochSecond());
    if (t.jti() != null) {
      body.put("iss", t.issuer());
      body.put("aud", t.audience());
      body.put("jti", t.jti());
      body.put("iat", t.issuedAt().getEpochSecond());
    }
    return body;
  }
}
