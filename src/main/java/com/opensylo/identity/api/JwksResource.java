package com.opensylo.identity.api;

import com.opensylo.identity.service.VerificationKeys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /oauth/jwks}: the public signing keys (RFC 7517) by {@code kid}: the active key and
 * every retired key whose tokens may still be alive; a retired key leaves once its window ends.
 */
@Path("/oauth/jwks")
@RequestScoped
@Tag(name = "OAuth 2.0")
public class JwksResource {

  @Inject VerificationKeys keys;

  /** The JWK Set; cacheable for five minutes. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Public signing keys")
  public Response jwks() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(keys.publicKeys().toString(true)).cacheControl(cache).build();
  }
}
