package com.opensylo.identity.service;

import com.opensylo.identity.domain.OAuthClient;
import java.time.Instant;

/**
 * A client as its owner may see it: the secret only masked, and when the current secret was issued.
 */
public record ClientSummary(OAuthClient client, String maskedSecret, Instant secretIssuedAt) {

  /**
   * When the secret was last replaced (rotated or regenerated); null while it is the one issued at
   * creation.
   */
  public Instant secretLastRotatedAt() {
    return secretIssuedAt != null && secretIssuedAt.isAfter(client.createdAt())
        ? secretIssuedAt
        : null;
  }
}
