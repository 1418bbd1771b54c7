package com.opensylo.testsupport;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Base64;

/**
 * Forged variants of a real access token: re-signed with a foreign key, unsigned, or with a
 * tampered payload.
 */
public final class TestTokens {

  private TestTokens() {}

  /** The same claims signed by a key the server does not trust (same {@code kid}). */
  public static String resignedWithForeignKey(String token) {
    try {
      SignedJWT original = SignedJWT.parse(token);
      ECKey foreign = TestKeys.foreignKey();
      SignedJWT forged =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.ES256)
                  .type(new JOSEObjectType("at+jwt"))
                  .keyID(original.getHeader().getKeyID())
                  .build(),
              original.getJWTClaimsSet());
      forged.sign(new ECDSASigner(foreign));
      return forged.serialize();
    } catch (ParseException | com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same claims with {@code alg: none} and no signature. */
  public static String unsigned(String token) {
    try {
      JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
      return new PlainJWT(claims).serialize();
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The original signature over a payload changed by {@code from → to}. */
  public static String tampered(String token, String from, String to) {
    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
    if (!payload.contains(from)) {
      throw new IllegalArgumentException("payload has no " + from);
    }
    String changed =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.replace(from, to).getBytes());
    return parts[0] + "." + changed + "." + parts[2];
  }
}
