package com.opensylo.identity.service;

import com.opensylo.identity.domain.OAuthClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * client_credentials (RFC 6749 §4.4): access for a confidential client itself; no refresh token.
 * Touches no table, so it takes no transaction (the client was authenticated, in its own, just
 * before). Only an operator client's token is an admin token ({@link TokenIssuer}).
 */
@ApplicationScoped
public class ClientCredentialsGrant implements TokenGrant {

  @Inject TokenIssuer issuer;
  @Inject Clock clock;

  @Override
  public String type() {
    return "client_credentials";
  }

  @Override
  public IssuedTokens issue(OAuthClient client, Map<String, String> parameters) {
    if (!client.isConfidential()) {
      throw new OAuthException(
          "unauthorized_client", "A public client cannot use client_credentials.");
    }
    return issuer.forClient(client, scope(client, parameters.get("scope")), Instant.now(clock));
  }

  private static List<String> scope(OAuthClient client, String requested) {
    if (requested == null || requested.isBlank()) {
      return client.allowedScopes();
    }
    Set<String> asked = GrantedScopes.parse(requested);
    if (!client.allowsScopes(asked)) {
      throw OAuthException.invalidScope("The requested scope is not allowed for this client.");
    }
    return List.copyOf(asked);
  }
}
