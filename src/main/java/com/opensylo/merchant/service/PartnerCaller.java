package com.opensylo.merchant.service;

import java.util.Set;
import java.util.UUID;

/**
 * Who calls the partner data API, as its access token says: the client, the scopes the token
 * carries, and for a merchant-delegated token (authorization code flow) the merchant's subject.
 *
 * @param merchantSubject the token's subject when it acts for a merchant; null for the client's own
 *     token (client_credentials)
 */
public record PartnerCaller(String clientId, Set<String> tokenScopes, String merchantSubject) {

  public PartnerCaller {
    tokenScopes = Set.copyOf(tokenScopes);
  }

  /** Whether the token acts for a merchant (delegated) rather than for the client itself. */
  public boolean isMerchant() {
    return merchantSubject != null;
  }

  /** The merchant account the delegated token acts for; null when its subject names none. */
  public UUID merchantAccountId() {
    try {
      return merchantSubject == null ? null : UUID.fromString(merchantSubject);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
