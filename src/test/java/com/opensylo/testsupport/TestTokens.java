package com.opensylo.testsupport;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Mints admin-API tokens the way an identity provider would, with knobs to make each one wrong. */
public final class TestTokens {

  /** Issuer and audience the server under test is configured with (see pom.xml, failsafe). */
  public static final String ISSUER = System.getProperty("opensylo.it.jwtIssuer", "https://issuer.it.opensylo.test");

  public static final String AUDIENCE = "opensylo-api";

  private String issuer = ISSUER;
  private String audience = AUDIENCE;
  private String subject = "operator-" + UUID.randomUUID();
  private List<String> groups = List.of("admin");
  private Instant issuedAt = Instant.now();
  private Duration lifetime = Duration.ofMinutes(5);
  private ECKey key = TestKeys.signingKey();

  private TestTokens() {}

  public static TestTokens token() {
    return new TestTokens();
  }

  public TestTokens issuer(String value) {
    issuer = value;
    return this;
  }

  public TestTokens audience(String value) {
    audience = value;
    return this;
  }

  public TestTokens subject(String value) {
    subject = value;
    return this;
  }

  public TestTokens groups(String... values) {
    groups = List.of(values);
    return this;
  }

  public TestTokens issuedAt(Instant value) {
    issuedAt = value;
    return this;
  }

  public TestTokens lifetime(Duration value) {
    lifetime = value;
    return this;
  }

  public TestTokens signedWith(ECKey value) {
    key = value;
    return this;
  }

  public String subject() {
    return subject;
  }

  private JWTClaimsSet claims() {
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(audience)
        .subject(subject)
        .claim("upn", subject)
        .claim("groups", groups)
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(issuedAt))
        .expirationTime(Date.from(issuedAt.plus(lifetime)))
        .build();
  }

  /** ES256-signed compact JWT. */
  public String sign() {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(),
              claims());
      jwt.sign(new ECDSASigner(key));
      return jwt.serialize();
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same claims, unsigned ({@code alg: none}). */
  public String unsigned() {
    return new PlainJWT(claims()).serialize();
  }
}
