package com.opensylo.dashboard.service;

import com.nimbusds.jose.JOSEObjectType;
import com.opensylo.identity.service.JwtSigner;
import com.opensylo.marketplace.domain.MarketplaceUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Mints dashboard JWTs (SPEC §3): signed with the server's keys, with their own audience and header
 * {@code typ: JWT}, so no partner or admin endpoint takes one and it never passes for an RFC 9068
 * access token. Each names its user ({@code sub}), the user's marketplace and the user's token
 * version, which a password change raises.
 */
@ApplicationScoped
public class DashboardTokens {

  /** Claim naming the marketplace a dashboard JWT acts for. */
  public static final String MARKETPLACE_CLAIM = "marketplace_id";

  /** Claim carrying the user's token version; a password change makes older tokens fail. */
  public static final String VERSION_CLAIM = "ver";

  @Inject JwtSigner signer;
  @Inject DashboardSettings settings;

  /**
   * A dashboard JWT for {@code user}, valid from {@code now} for {@link
   * DashboardSettings#tokenTtl}.
   */
  public String mint(MarketplaceUser user, Instant now) {
    return signer.sign(
        signer
            .claims(user.id().toString(), settings.audience(), now, settings.tokenTtl())
            .claim(MARKETPLACE_CLAIM, user.marketplaceId().toString())
            .claim(VERSION_CLAIM, user.tokenVersion())
            .build(),
        JOSEObjectType.JWT);
  }
}
