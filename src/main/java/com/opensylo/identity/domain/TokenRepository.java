package com.opensylo.identity.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage of the authorization server's state: authorization requests, codes, grants, refresh
 * tokens.
 */
public interface TokenRepository {

  void addAuthorizationRequest(AuthorizationRequest request);

  Optional<AuthorizationRequest> findAuthorizationRequest(UUID id);

  /**
   * The request, locked for update (inside a transaction) so two form posts cannot both complete
   * it.
   */
  Optional<AuthorizationRequest> lockAuthorizationRequest(UUID id);

  void addCode(AuthorizationCode code);

  /**
   * The code with this hash, locked for update so two concurrent exchanges cannot both redeem it.
   */
  Optional<AuthorizationCode> findCodeForUpdate(String codeHash);

  void addGrant(OAuthGrant grant);

  Optional<OAuthGrant> findGrant(UUID id);

  void addRefreshToken(RefreshToken token);

  Optional<RefreshToken> findRefreshToken(String tokenHash);

  /**
   * The refresh token with this hash, locked for update so concurrent refreshes are serialised and
   * a rotating chain cannot fork.
   */
  Optional<RefreshToken> findRefreshTokenForUpdate(String tokenHash);

  /** Revokes the grant and every refresh token it has. */
  void revokeGrant(UUID grantId, Instant now);

  void addRevokedAccessToken(RevokedAccessToken revoked);

  boolean isAccessTokenRevoked(String jti);
}
