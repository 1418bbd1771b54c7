package com.opensylo.identity.service;

import com.opensylo.identity.domain.RevokedAccessToken;
import com.opensylo.identity.domain.TokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Ends self-contained JWTs before their expiry: a denylist of {@code jti}s in the database, read on
 * every request, so a token ended on one node fails at once on every node. Used for dashboard
 * logout; each entry is kept only until the token would have expired anyway.
 */
@ApplicationScoped
public class AccessTokenDenylist {

  @Inject TokenRepository tokens;

  /** Ends the token {@code jti} (which expires at {@code expiresAt}); repeating it is harmless. */
  @Transactional
  public void revoke(String jti, Instant expiresAt) {
    tokens.addRevokedAccessToken(new RevokedAccessToken(jti, expiresAt));
  }

  @Transactional
  public boolean isRevoked(String jti) {
    return jti != null && tokens.isAccessTokenRevoked(jti);
  }
}
