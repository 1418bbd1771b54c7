package com.opensylo.identity.service;

import com.nimbusds.jwt.JWTClaimsSet;
import com.opensylo.identity.domain.ClientEnvironment;
import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.domain.OAuthGrant;
import com.opensylo.identity.domain.RefreshToken;
import com.opensylo.identity.domain.Scopes;
import com.opensylo.identity.domain.TokenRepository;
import com.opensylo.shared.crypto.SecretHasher;
import com.opensylo.shared.crypto.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Mints what the grants hand out: RFC 9068 access tokens (signed JWTs naming their grant, {@code
 * gid}, when they act for a merchant, and the client's token generation, {@code cgen}) and opaque
 * refresh tokens stored only as keyed hashes.
 */
@ApplicationScoped
public class TokenIssuer {

  /** Claim naming the grant a delegated access token was issued under. */
  public static final String GRANT_CLAIM = "gid";

  /** Claim naming the client's token generation the token was issued under. */
  public static final String GENERATION_CLAIM = "cgen";

  @Inject TokenRepository tokens;
  @Inject JwtSigner signing;
  @Inject SecretHasher hasher;
  @Inject IdentitySettings settings;

  /** An access token for the client itself (client_credentials). */
  public IssuedTokens forClient(OAuthClient client, List<String> scope, Instant now) {
    Duration ttl = ttl(client);
    String access = accessToken(client, client.clientId(), scope, null, now, ttl);
    return new IssuedTokens(access, ttl.toSeconds(), null, Scopes.format(scope));
  }

  /**
   * An access token for {@code grant}'s merchant with {@code scope}, and {@code refreshToken}, or a
   * new refresh token with {@code refreshScope} when it is null.
   */
  public IssuedTokens forGrant(
      OAuthClient client,
      OAuthGrant grant,
      List<String> scope,
      String refreshToken,
      List<String> refreshScope,
      Instant now) {
    Duration ttl = ttl(client);
    String access = accessToken(client, grant.subject(), scope, grant.id(), now, ttl);
    String refresh =
        refreshToken != null ? refreshToken : newRefreshToken(client, grant, refreshScope, now);
    return new IssuedTokens(access, ttl.toSeconds(), refresh, Scopes.format(scope));
  }

  private String newRefreshToken(
      OAuthClient client, OAuthGrant grant, List<String> scope, Instant now) {
    String value = Secrets.urlSafe(32);
    tokens.addRefreshToken(
        new RefreshToken(
            hasher.hash(value),
            grant.id(),
            client.id(),
            scope,
            now,
            now.plus(settings.refreshTokenTtl())));
    return value;
  }

  private String accessToken(
      OAuthClient client,
      String subject,
      List<String> scope,
      UUID grantId,
      Instant now,
      Duration ttl) {
    // admin authority only from the server-side operator attribute, only for the client itself
    boolean admin = client.isOperator() && grantId == null && scope.contains(Scopes.ADMIN);
    JWTClaimsSet.Builder claims =
        signing
            .claims(subject, admin ? settings.adminAudience() : settings.audience(), now, ttl)
            .claim("client_id", client.clientId())
            .claim("scope", Scopes.format(scope))
            .claim(GENERATION_CLAIM, client.tokenGeneration());
    if (grantId != null) {
      claims.claim(GRANT_CLAIM, grantId.toString());
    }
    if (admin) {
      claims.claim("groups", List.of(Scopes.ADMIN));
    }
    return signing.sign(claims.build());
  }

  private Duration ttl(OAuthClient client) {
    return settings.accessTokenTtl(client.environment() == ClientEnvironment.SANDBOX);
  }
}
