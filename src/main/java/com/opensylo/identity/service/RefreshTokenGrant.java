package com.opensylo.identity.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.domain.OAuthGrant;
import com.opensylo.identity.domain.RefreshToken;
import com.opensylo.identity.domain.TokenRepository;
import com.opensylo.shared.crypto.SecretHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * refresh_token (RFC 6749 §6): same or narrower scope, and never a scope the client is no longer
 * allowed; same client; live grant. The token's row is locked, so concurrent refreshes are
 * serialised and cannot fork a rotating chain. Public clients' refresh tokens always rotate with
 * reuse detection (RFC 9700 §4.14.2); confidential clients' rotate when configured. A refused
 * request still commits what reuse detection revoked (the refusal is the point of it).
 */
@ApplicationScoped
public class RefreshTokenGrant implements TokenGrant {

  @Inject TokenRepository tokens;
  @Inject TokenIssuer issuer;
  @Inject SecretHasher hasher;
  @Inject IdentitySettings settings;
  @Inject AuditService audit;
  @Inject Clock clock;

  @Override
  public String type() {
    return "refresh_token";
  }

  @Override
  @Transactional(dontRollbackOn = OAuthException.class)
  public IssuedTokens issue(OAuthClient client, Map<String, String> parameters) {
    String refreshToken = parameters.get("refresh_token");
    if (refreshToken == null || refreshToken.isBlank()) {
      throw OAuthException.invalidRequest("refresh_token is required.");
    }
    Instant now = Instant.now(clock);
    boolean rotate = settings.rotateRefreshTokens() || !client.isConfidential();
    // only a rotation changes the row, so only a rotation locks it: a confidential client's
    // concurrent refreshes of one token never queue behind each other (nor behind the signature)
    String hash = hasher.hash(refreshToken);
    RefreshToken stored =
        (rotate ? tokens.findRefreshTokenForUpdate(hash) : tokens.findRefreshToken(hash))
            // another client's token gets the same answer as none: no oracle for other clients
            .filter(t -> t.clientPk().equals(client.id()))
            .orElseThrow(() -> OAuthException.invalidGrant("Unknown refresh token."));
    OAuthGrant grant =
        tokens
            .findGrant(stored.grantId())
            .orElseThrow(() -> OAuthException.invalidGrant("Unknown grant."));
    if (stored.isRevoked() && rotate) {
      // a rotated-away token came back: someone holds a copy, so the whole grant goes (one
      // incident, one audit event: later presentations find the grant already revoked)
      if (!grant.isRevoked()) {
        tokens.revokeGrant(grant.id(), now);
        audit.record(
            "oauth.refresh_token_reused",
            AuditEvent.Outcome.FAILURE,
            new AuditService.Actor("client", client.clientId()),
            "oauth_grant",
            grant.id().toString(),
            null,
            "a rotated-away refresh token was presented; the grant is revoked");
      }
      throw OAuthException.invalidGrant(
          "The refresh token was already used; the grant is revoked.");
    }
    if (!stored.isUsableAt(now) || !grant.isLiveFor(client)) {
      throw OAuthException.invalidGrant("The refresh token is expired or revoked.");
    }
    List<String> grantable = GrantedScopes.stillAllowed(client, stored.scope());
    List<String> scope = narrowed(grantable, parameters.get("scope"));
    if (!rotate) {
      return issuer.forGrant(client, grant, scope, refreshToken, null, now);
    }
    stored.revoke(now);
    return issuer.forGrant(client, grant, scope, null, grantable, now);
  }

  private static List<String> narrowed(List<String> grantable, String requested) {
    if (requested == null || requested.isBlank()) {
      return grantable;
    }
    Set<String> asked = GrantedScopes.parse(requested);
    if (!grantable.containsAll(asked)) {
      throw OAuthException.invalidScope(
          "A refresh cannot widen the scope of the original grant or regain a scope the client is"
              + " no longer allowed.");
    }
    return List.copyOf(asked);
  }
}
