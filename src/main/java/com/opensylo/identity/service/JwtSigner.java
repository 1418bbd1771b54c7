package com.opensylo.identity.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.opensylo.identity.domain.KeyRepository;
import com.opensylo.identity.domain.SigningKey;
import com.opensylo.shared.crypto.MasterKeyCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Signs every JWT this server issues (partner access tokens, admin tokens, dashboard tokens) with
 * the newest ACTIVE signing key of the configured algorithm. Each signature reads the active {@code
 * kid} (one indexed row) and only loads and decrypts a key when that {@code kid} changes, so a
 * rotation on one node takes effect on every node at its next token.
 */
@ApplicationScoped
public class JwtSigner {

  private static final JOSEObjectType AT_JWT = new JOSEObjectType("at+jwt");

  @Inject KeyRepository keys;
  @Inject MasterKeyCipher cipher;
  @Inject IdentitySettings settings;

  private volatile ActiveKey active;

  private record ActiveKey(String kid, JWSAlgorithm algorithm, JWSSigner signer) {}

  /**
   * The registered claims every token of this server carries: {@code iss}, {@code sub}, {@code
   * aud}, a fresh {@code jti}, {@code iat} = {@code nbf} = {@code now}, {@code exp} = {@code now +
   * ttl}; the caller adds its own.
   */
  public JWTClaimsSet.Builder claims(String subject, String audience, Instant now, Duration ttl) {
    return new JWTClaimsSet.Builder()
        .issuer(settings.issuer())
        .subject(subject)
        .audience(audience)
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now))
        .expirationTime(Date.from(now.plus(ttl)));
  }

  /**
   * Signs {@code claims} as an RFC 9068 access token ({@code typ: at+jwt}) with the active key.
   * Joins the caller's transaction when there is one and starts none itself: the only database work
   * is one read of the active kid, and the signature itself should hold no connection.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String sign(JWTClaimsSet claims) {
    return sign(claims, AT_JWT);
  }

  /**
   * Signs {@code claims} with the active key under header {@code typ} (dashboard tokens are {@code
   * JWT}, so they can never pass for an RFC 9068 access token).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String sign(JWTClaimsSet claims, JOSEObjectType type) {
    ActiveKey key = currentSigner();
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(key.algorithm()).type(type).keyID(key.kid()).build(), claims);
      jwt.sign(key.signer());
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign an access token", e);
    }
  }

  /** Loads the active key now, so the first token does not pay for its decryption. */
  @Transactional
  public void load() {
    currentSigner();
  }

  /** The signer of the newest active key, reloaded when the store's active kid changed. */
  private ActiveKey currentSigner() {
    JWSAlgorithm algorithm = JWSAlgorithm.parse(settings.signingAlgorithm());
    String kid =
        keys.activeKid(algorithm.getName())
            .orElseThrow(
                () -> new IllegalStateException("No active " + algorithm + " signing key"));
    ActiveKey current = active;
    if (current == null || !current.kid().equals(kid)) {
      synchronized (this) {
        current = active;
        if (current == null || !current.kid().equals(kid)) {
          current = load(kid, algorithm);
          active = current;
        }
      }
    }
    return current;
  }

  private ActiveKey load(String kid, JWSAlgorithm algorithm) {
    SigningKey stored =
        keys.findSigningKey(kid)
            .orElseThrow(() -> new IllegalStateException("No signing key " + kid));
    try {
      JWK jwk =
          JWK.parse(
              new String(cipher.decrypt(stored.encryptedPrivateKey()), StandardCharsets.UTF_8));
      JWSSigner signer;
      if (jwk instanceof ECKey ec) {
        signer =
            "BC".equalsIgnoreCase(settings.signingProvider())
                ? new Es256Signer(ec)
                : new ECDSASigner(ec);
      } else {
        signer = new RSASSASigner((RSAKey) jwk);
      }
      return new ActiveKey(stored.kid(), algorithm, signer);
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException("Cannot load signing key " + stored.kid(), e);
    }
  }
}
