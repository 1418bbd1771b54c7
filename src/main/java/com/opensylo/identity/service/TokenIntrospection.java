package com.opensylo.identity.service;

import com.nimbusds.jwt.JWTClaimsSet;
import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.domain.OAuthClientRepository;
import com.opensylo.identity.domain.OAuthGrant;
import com.opensylo.identity.domain.RefreshToken;
import com.opensylo.identity.domain.Scopes;
import com.opensylo.identity.domain.TokenRepository;
import com.opensylo.shared.crypto.SecretHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * RFC 7662 introspection, tenant-bound (§4): a caller sees as active only its own tokens, unless it
 * is an operator client or a designated resource server ({@code opensylo.oauth.introspection-
 * clients}); only confidential clients may introspect at all.
 */
@ApplicationScoped
public class TokenIntrospection {

  /**
   * What an active token says; {@code iss}, {@code aud}, {@code jti}, {@code iat} only for JWTs.
   */
  public record ActiveToken(
      String scope,
      String clientId,
      String subject,
      String tokenType,
      Instant expiresAt,
      String issuer,
      String audience,
      String jti,
      Instant issuedAt) {}

  @Inject TokenRepository tokens;
  @Inject OAuthClientRepository clients;
  @Inject VerificationKeys signing;
  @Inject TokenStatus status;
  @Inject SecretHasher hasher;
  @Inject IdentitySettings settings;
  @Inject Clock clock;

  /**
   * The token if it is active and {@code caller} may know it; {@code invalid_client} for public.
   */
  @Transactional
  public Optional<ActiveToken> introspect(OAuthClient caller, String token) {
    if (!caller.isConfidential()) {
      throw OAuthException.invalidClient();
    }
    if (token == null || token.isBlank()) {
      throw OAuthException.invalidRequest("token is required.");
    }
    boolean seesAll =
        caller.isOperator() || settings.introspectionClients().contains(caller.clientId());
    Instant now = Instant.now(clock);
    Optional<RefreshToken> refresh = tokens.findRefreshToken(hasher.hash(token));
    if (refresh.isPresent()) {
      return refreshToken(refresh.get(), caller, now);
    }
    Optional<JWTClaimsSet> claims = signing.verifiedClaims(token);
    if (claims.isEmpty()
        || !status.isUsable(claims.get(), now)
        || !(seesAll || caller.clientId().equals(claims.get().getClaim("client_id")))) {
      return Optional.empty();
    }
    JWTClaimsSet c = claims.get();
    return Optional.of(
        new ActiveToken(
            String.valueOf(c.getClaim("scope")),
            String.valueOf(c.getClaim("client_id")),
            c.getSubject(),
            "Bearer",
            c.getExpirationTime().toInstant(),
            c.getIssuer(),
            c.getAudience().get(0),
            c.getJWTID(),
            c.getIssueTime().toInstant()));
  }

  private Optional<ActiveToken> refreshToken(RefreshToken r, OAuthClient caller, Instant now) {
    OAuthGrant grant = tokens.findGrant(r.grantId()).orElse(null);
    Optional<OAuthClient> owner = clients.findById(r.clientPk());
    if (!r.isUsableAt(now)
        || grant == null
        || owner.isEmpty()
        || !grant.isLiveFor(owner.get())
        // resource servers never need refresh tokens: only their client (and operators) see them
        || !(caller.isOperator() || owner.get().id().equals(caller.id()))) {
      return Optional.empty();
    }
    return Optional.of(
        new ActiveToken(
            Scopes.format(r.scope()),
            owner.get().clientId(),
            grant.subject(),
            "refresh_token",
            r.expiresAt(),
            null,
            null,
            null,
            null));
  }
}
