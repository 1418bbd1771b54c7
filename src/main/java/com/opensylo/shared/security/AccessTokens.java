package com.opensylo.shared.security;

import com.nimbusds.jose.JOSEObject;
import com.nimbusds.jose.JOSEObjectType;
import java.text.ParseException;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What kind of token MicroProfile JWT admitted. It checks signature, issuer, expiry and that the
 * audience is one of ours; the resource side must still tell an RFC 9068 access token ({@code typ:
 * at+jwt}) of the right audience from a dashboard JWT or a token meant for another API.
 */
public final class AccessTokens {

  private static final JOSEObjectType AT_JWT = new JOSEObjectType("at+jwt");

  private AccessTokens() {}

  /** Whether {@code token} is an RFC 9068 access token whose audience includes {@code audience}. */
  public static boolean isAccessTokenFor(JsonWebToken token, String audience) {
    return token.getAudience() != null
        && token.getAudience().contains(audience)
        && AT_JWT.equals(headerType(token));
  }

  /** The scopes the token's {@code scope} claim grants, in order; none without the claim. */
  public static Set<String> scopes(JsonWebToken token) {
    Object scope = token.getClaim("scope"); // Object: getClaim's inferred type may not be String
    return scope == null ? Set.of() : ScopeStrings.parse(scope.toString());
  }

  /** The JOSE header's {@code typ}, or null when absent or unreadable. */
  static JOSEObjectType headerType(JsonWebToken token) {
    String raw = token.getRawToken();
    if (raw == null) {
      return null;
    }
    try {
      return JOSEObject.parse(raw).getHeader().getType();
    } catch (ParseException e) {
      return null;
    }
  }
}
