package com.opensylo.identity.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.AuthorizationCode;
import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.domain.OAuthGrant;
import com.opensylo.identity.domain.Pkce;
import com.opensylo.identity.domain.TokenRepository;
import com.opensylo.shared.crypto.SecretHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * authorization_code with PKCE (RFC 6749 §4.1, RFC 7636): single use; a replay revokes what the
 * first exchange issued (RFC 9700), and the refusal still commits that revocation.
 */
@ApplicationScoped
public class AuthorizationCodeGrant implements TokenGrant {

  @Inject TokenRepository tokens;
  @Inject TokenIssuer issuer;
  @Inject SecretHasher hasher;
  @Inject AuditService audit;
  @Inject Clock clock;

  @Override
  public String type() {
    return "authorization_code";
  }

  @Override
  @Transactional(dontRollbackOn = OAuthException.class)
  public IssuedTokens issue(OAuthClient client, Map<String, String> parameters) {
    String code = parameters.get("code");
    if (code == null || code.isBlank()) {
      throw OAuthException.invalidRequest("code is required.");
    }
    Instant now = Instant.now(clock);
    AuthorizationCode stored =
        tokens
            .findCodeForUpdate(hasher.hash(code))
            // another client's code gets the same answer as none: no oracle for other clients
            .filter(c -> c.clientPk().equals(client.id()))
            .orElseThrow(() -> OAuthException.invalidGrant("Unknown code."));
    if (stored.isUsed()) {
      revokeWhatTheFirstExchangeIssued(client, stored, now);
      throw OAuthException.invalidGrant(
          "The code has already been used; the tokens it issued are revoked.");
    }
    if (stored.isExpiredAt(now)) {
      throw OAuthException.invalidGrant("The code has expired.");
    }
    if (!stored.redirectUri().equals(parameters.get("redirect_uri"))) {
      throw OAuthException.invalidGrant("redirect_uri does not match the authorization request.");
    }
    verifyPkce(stored, parameters.get("code_verifier"));
    List<String> scope = GrantedScopes.stillAllowed(client, stored.scope());
    OAuthGrant grant = new OAuthGrant(client, stored.merchantId().toString(), scope, now);
    tokens.addGrant(grant);
    stored.redeem(grant.id(), now);
    return issuer.forGrant(client, grant, scope, null, scope, now);
  }

  private void revokeWhatTheFirstExchangeIssued(
      OAuthClient client, AuthorizationCode stored, Instant now) {
    if (stored.grantId() == null) {
      return;
    }
    tokens.revokeGrant(stored.grantId(), now);
    audit.record(
        "oauth.code_replayed",
        AuditEvent.Outcome.FAILURE,
        new AuditService.Actor("client", client.clientId()),
        "oauth_grant",
        stored.grantId().toString(),
        null,
        null);
  }

  private static void verifyPkce(AuthorizationCode code, String verifier) {
    if (code.codeChallenge() == null) {
      if (verifier != null) {
        throw OAuthException.invalidGrant(
            "No code_challenge was sent, so no code_verifier is expected.");
      }
      return;
    }
    if (!Pkce.isWellFormed(verifier)) {
      throw OAuthException.invalidGrant("A valid code_verifier is required.");
    }
    if (!new Pkce(code.codeChallenge(), code.codeChallengeMethod()).isSatisfiedBy(verifier)) {
      throw OAuthException.invalidGrant("code_verifier does not match code_challenge.");
    }
  }
}
