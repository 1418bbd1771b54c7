package com.opensylo.identity.api;

import com.nimbusds.jwt.SignedJWT;
import com.opensylo.identity.service.VerificationKeys;
import com.opensylo.shared.error.ApiErrors;
import com.opensylo.shared.error.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.text.ParseException;
import java.time.Clock;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a bearer token signed by one of our keys whose retirement window has passed. MicroProfile
 * JWT on Liberty fetches the JWKS again only for a {@code kid} it has not seen, and keeps every key
 * it once fetched, so a key that left the JWKS would otherwise keep verifying on a node that had
 * cached it. Tokens of other identity providers (an unknown {@code kid}) pass untouched.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 5)
public class SigningKeyStandingFilter implements ContainerRequestFilter {

  @Inject VerificationKeys signingKeys;
  @Inject Clock clock;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)) {
      return;
    }
    if (signingKeys.standing(kid(token)) == VerificationKeys.Standing.EXPIRED) {
      request.abortWith(
          ApiErrors.refusal(
              request,
              401,
              ErrorCode.UNAUTHORIZED,
              "The bearer token was signed by a key that no longer verifies.",
              "Bearer error=\"invalid_token\"",
              clock));
    }
  }

  private static String kid(JsonWebToken token) {
    try {
      return token.getRawToken() == null
          ? null
          : SignedJWT.parse(token.getRawToken()).getHeader().getKeyID();
    } catch (ParseException e) {
      return null;
    }
  }
}
