package com.opensylo.identity.api;

import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.domain.Scopes;
import com.opensylo.identity.service.ClientLookup;
import com.opensylo.identity.service.IdentitySettings;
import com.opensylo.identity.service.TokenGrants;
import com.opensylo.shared.error.ResourceNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /oauth/client-metadata}: the public face of a client, for a consent screen. */
@Path("/oauth/client-metadata")
@RequestScoped
@Tag(name = "OAuth 2.0")
public class ClientMetadataResource {

  @Inject IdentitySettings settings;
  @Inject ClientLookup clients;
  @Inject TokenGrants grants;

  /** What a consent screen shows about a client. 404 for an unknown (or disabled) client. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Public client metadata for a consent screen")
  public Map<String, Object> clientMetadata(@QueryParam("client_id") String clientId) {
    OAuthClient client =
        clients
            .findActiveForConsent(clientId == null ? "" : clientId)
            .orElseThrow(() -> new ResourceNotFoundException("Client not found"));
    String base = settings.issuer();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("client_id", client.clientId());
    m.put("client_name", client.clientName());
    m.put("client_uri", client.clientUri());
    m.put("logo_uri", client.logoUri());
    m.put("redirect_uris", client.redirectUris());
    m.put("allowed_scopes", client.allowedScopes());
    m.put("scope_descriptions", Scopes.describeAll(client.allowedScopes()));
    m.put("environment", client.environment().name());
    m.put("authorization_endpoint", base + "/oauth/authorize");
    m.put("token_endpoint", base + "/oauth/token");
    m.put("revocation_endpoint", base + "/oauth/revoke");
    m.put("code_challenge_methods_supported", DiscoveryResource.challengeMethods(settings));
    m.put("grant_types_supported", grants.types());
    return m;
  }
}
