package com.opensylo.identity.api;

import com.opensylo.identity.service.TokenIssuer;
import com.opensylo.identity.service.TokenStatus;
import com.opensylo.shared.error.ApiErrors;
import com.opensylo.shared.error.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * MicroProfile JWT checks a bearer token's signature, issuer, audience and expiry; this filter adds
 * what only the database knows, on every request and every node: the token was not revoked, its
 * client still exists and is enabled, and its grant was not revoked. A token that fails answers 401
 * {@code invalid_token}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class BearerTokenStatusFilter implements ContainerRequestFilter {

  @Inject TokenStatus tokens;
  @Inject Clock clock;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)) {
      return;
    }
    String clientId =
        token.getClaim("client_id") == null ? null : token.getClaim("client_id").toString();
    Object grant = token.getClaim(TokenIssuer.GRANT_CLAIM);
    boolean active =
        clientId == null
            // a token from an external identity provider (no client_id): nothing of ours to check
            || tokens.isUsable(
                token.getTokenID(),
                clientId,
                grant == null ? null : grant.toString(),
                token.getClaim(TokenIssuer.GENERATION_CLAIM));
    if (!active) {
      request.abortWith(
          ApiErrors.refusal(
              request,
              401,
              ErrorCode.UNAUTHORIZED,
              "The bearer token has been revoked or its client is disabled.",
              "Bearer error=\"invalid_token\"",
              clock));
    }
  }
}
