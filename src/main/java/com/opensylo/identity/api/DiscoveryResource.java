package com.opensylo.identity.api;

import com.opensylo.identity.domain.Scopes;
import com.opensylo.identity.service.IdentitySettings;
import com.opensylo.identity.service.TokenGrants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * RFC 8414 authorization server metadata (what {@code openid-client} and other libraries discover).
 */
@Path("/.well-known/oauth-authorization-server")
@RequestScoped
@Tag(name = "OAuth 2.0")
public class DiscoveryResource {

  @Inject IdentitySettings settings;
  @Inject TokenGrants grants;

  /** RFC 8414 authorization server metadata. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "OAuth 2.0 authorization server metadata")
  public Map<String, Object> metadata() {
    String base = settings.issuer();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("issuer", base);
    m.put("authorization_endpoint", base + "/oauth/authorize");
    m.put("token_endpoint", base + "/oauth/token");
    m.put("jwks_uri", base + "/oauth/jwks");
    m.put("revocation_endpoint", base + "/oauth/revoke");
    m.put("introspection_endpoint", base + "/oauth/introspect");
    m.put("scopes_supported", Scopes.all());
    m.put("response_types_supported", List.of("code"));
    m.put("authorization_response_iss_parameter_supported", true);
    m.put("response_modes_supported", List.of("query"));
    m.put("grant_types_supported", grants.types());
    m.put(
        "token_endpoint_auth_methods_supported",
        List.of("client_secret_basic", "client_secret_post", "none"));
    m.put(
        "revocation_endpoint_auth_methods_supported",
        List.of("client_secret_basic", "client_secret_post", "none"));
    m.put(
        "introspection_endpoint_auth_methods_supported",
        List.of("client_secret_basic", "client_secret_post"));
    m.put("code_challenge_methods_supported", challengeMethods(settings));
    return m;
  }

  /**
   * S256 only: the metadata speaks for every client, and PRODUCTION clients never get plain
   * (SANDBOX clients may still send it, see {@code opensylo.oauth.allow-plain-pkce}).
   */
  static List<String> challengeMethods(IdentitySettings settings) {
    return List.of("S256");
  }
}
