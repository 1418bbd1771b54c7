package com.opensylo.identity.service;

import com.nimbusds.jwt.JWTClaimsSet;
import com.opensylo.identity.domain.OAuthClientRepository;
import com.opensylo.identity.domain.TokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Whether an access token is still good beyond what its signature and expiry say: not revoked by
 * {@code jti}, its client exists, is active and has not been inactive since the token was issued
 * (its token generation), and its grant (if any) is not revoked. Read on every request, on every
 * node (for tokens MicroProfile JWT already verified, and for introspection and revocation).
 */
@ApplicationScoped
public class TokenStatus {

  @Inject TokenRepository tokens;
  @Inject OAuthClientRepository clients;

  /**
   * For a token whose claims were read elsewhere; {@code generation} as the JWT library gave it.
   */
  @Transactional
  public boolean isUsable(String jti, String clientId, String grantId, Object generation) {
    if (jti == null || clientId == null || tokens.isAccessTokenRevoked(jti)) {
      return false;
    }
    int issuedUnder = generationOf(generation);
    if (clients
        .findByClientId(clientId)
        .filter(c -> c.honoursTokenGeneration(issuedUnder))
        .isEmpty()) {
      return false;
    }
    try {
      return grantId == null
          || tokens.findGrant(UUID.fromString(grantId)).map(g -> !g.isRevoked()).orElse(false);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** For a token whose signature was checked: also not expired at {@code now}. */
  @Transactional
  public boolean isUsable(JWTClaimsSet claims, Instant now) {
    Date exp = claims.getExpirationTime();
    Object clientId = claims.getClaim("client_id");
    Object grantId = claims.getClaim(TokenIssuer.GRANT_CLAIM);
    return exp != null
        && now.isBefore(exp.toInstant())
        && isUsable(
            claims.getJWTID(),
            clientId == null ? null : clientId.toString(),
            grantId == null ? null : grantId.toString(),
            claims.getClaim(TokenIssuer.GENERATION_CLAIM));
  }

  /**
   * The generation claim as whatever the JWT library handed over (a number, a JSON number); absent
   * on tokens issued before generations existed, which count as generation 0.
   */
  private static int generationOf(Object claim) {
    if (claim == null) {
      return 0;
    }
    try {
      return new BigDecimal(String.valueOf(claim)).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return -1;
    }
  }
}
