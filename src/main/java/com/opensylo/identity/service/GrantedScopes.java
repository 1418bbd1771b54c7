package com.opensylo.identity.service;

import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.domain.Scopes;
import java.util.List;
import java.util.Set;

/** The scope rules the grants share: RFC 6749 §3.3 parsing, and what a client may still get. */
final class GrantedScopes {

  private GrantedScopes() {}

  /** A requested scope parameter, strictly parsed; {@code invalid_scope} otherwise. */
  static Set<String> parse(String scope) {
    try {
      return Scopes.parseStrict(scope);
    } catch (IllegalArgumentException e) {
      throw OAuthException.invalidScope(e.getMessage());
    }
  }

  /**
   * The part of {@code granted} the client is still allowed, never {@code admin} (which no grant
   * carries); {@code invalid_grant} when nothing is left (security review M2).
   */
  static List<String> stillAllowed(OAuthClient client, List<String> granted) {
    List<String> scope =
        granted.stream()
            .filter(s -> !Scopes.ADMIN.equals(s) && client.allowedScopes().contains(s))
            .toList();
    if (scope.isEmpty()) {
      throw OAuthException.invalidGrant("The client is no longer allowed any scope of this grant.");
    }
    return scope;
  }
}
