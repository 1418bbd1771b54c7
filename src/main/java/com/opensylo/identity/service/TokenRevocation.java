package com.opensylo.identity.service;

import com.nimbusds.jwt.JWTClaimsSet;
import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.domain.RefreshToken;
import com.opensylo.identity.domain.RevokedAccessToken;
import com.opensylo.identity.domain.TokenRepository;
import com.opensylo.shared.crypto.SecretHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * RFC 7009 revocation: a refresh token (with its grant, hence its access tokens) or an access token
 * of the calling client. Unknown tokens and tokens of other clients are ignored, as the RFC asks;
 * the hint is not needed, since both kinds are looked up.
 */
@ApplicationScoped
public class TokenRevocation {

  @Inject TokenRepository tokens;
  @Inject VerificationKeys signing;
  @Inject SecretHasher hasher;
  @Inject AuditService audit;
  @Inject Clock clock;

  @Transactional
  public void revoke(OAuthClient client, String token, String source) {
    if (token == null || token.isBlank()) {
      throw OAuthException.invalidRequest("token is required.");
    }
    Instant now = Instant.now(clock);
    AuditService.Actor actor = new AuditService.Actor("client", client.clientId());
    Optional<RefreshToken> refresh = tokens.findRefreshToken(hasher.hash(token));
    if (refresh.isPresent() && refresh.get().clientPk().equals(client.id())) {
      tokens.revokeGrant(refresh.get().grantId(), now);
      record(actor, "oauth_grant", refresh.get().grantId().toString(), source, "refresh_token");
      return;
    }
    Optional<JWTClaimsSet> claims = signing.verifiedClaims(token);
    if (claims.isPresent() && client.clientId().equals(claims.get().getClaim("client_id"))) {
      JWTClaimsSet c = claims.get();
      tokens.addRevokedAccessToken(
          new RevokedAccessToken(c.getJWTID(), c.getExpirationTime().toInstant()));
      record(actor, "access_token", c.getJWTID(), source, "access_token");
    }
  }

  private void record(
      AuditService.Actor actor, String targetType, String targetId, String source, String kind) {
    audit.record(
        "oauth.token_revoked",
        AuditEvent.Outcome.SUCCESS,
        actor,
        targetType,
        targetId,
        source,
        kind);
  }
}
