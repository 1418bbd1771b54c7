package com.opensylo.identity.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.opensylo.identity.domain.KeyRepository;
import com.opensylo.identity.domain.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The access-token signing keys. They live in the database so every node signs with, and publishes,
 * the same keys; the active key's signer is cached per node (keys are only ever added, so the cache
 * cannot go stale in a harmful way). ES256 by default, RS256 when {@code
 * opensylo.oauth.signing-algorithm=RS256}.
 */
@ApplicationScoped
public class SigningKeyService {

  private static final Logger LOG = Logger.getLogger(SigningKeyService.class.getName());

  @Inject KeyRepository keys;
  @Inject SecretHasher hasher;
  @Inject IdentitySettings settings;
  @Inject Clock clock;

  private static final JOSEObjectType AT_JWT = new JOSEObjectType("at+jwt");

  private volatile ActiveKey active;

  private final java.util.Map<String, JWSVerifier> verifiers =
      new java.util.concurrent.ConcurrentHashMap<>();

  private record ActiveKey(String kid, JWSAlgorithm algorithm, JWSSigner signer) {}

  /**
   * Makes sure an active key of the configured algorithm exists and loads it (called at start-up).
   */
  @Transactional
  public void ensureActiveKey() {
    JWSAlgorithm algorithm = JWSAlgorithm.parse(settings.signingAlgorithm());
    boolean present =
        keys.signingKeys().stream()
            .anyMatch(
                k ->
                    k.status() == SigningKey.Status.ACTIVE
                        && k.algorithm().equals(algorithm.getName()));
    if (!present) {
      JWK generated = generate(algorithm);
      keys.addSigningKey(
          new SigningKey(
              generated.getKeyID(),
              algorithm.getName(),
              generated.toPublicJWK().toJSONString(),
              hasher.encrypt(generated.toJSONString().getBytes(StandardCharsets.UTF_8)),
              Instant.now(clock)));
      LOG.info(
          () ->
              "Generated access-token signing key "
                  + generated.getKeyID()
                  + " ("
                  + algorithm
                  + ")");
    }
    // loaded here, inside a transaction, so signing on the hot path never reads the database
    active = loadActiveKey();
  }

  /** Signs {@code claims} as an RFC 9068 access token ({@code typ: at+jwt}) with the active key. */
  public String sign(JWTClaimsSet claims) {
    return sign(claims, AT_JWT);
  }

  /**
   * Signs {@code claims} with the active key under header {@code typ} (dashboard tokens are {@code
   * JWT}, so they can never pass for an RFC 9068 access token).
   */
  public String sign(JWTClaimsSet claims, JOSEObjectType type) {
    ActiveKey key = activeKey();
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

  /** The public keys, active and retired, as a JWK Set (RFC 7517). */
  @Transactional
  public JWKSet publicKeys() {
    List<JWK> published = new ArrayList<>();
    for (SigningKey key : keys.signingKeys()) {
      try {
        published.add(JWK.parse(key.publicJwk()));
      } catch (ParseException e) {
        LOG.warning(() -> "Skipping unreadable public key " + key.kid());
      }
    }
    return new JWKSet(published);
  }

  /**
   * The claims of {@code token} if it is a JWT signed by one of our keys, whatever its expiry (the
   * caller judges time); empty for anything else, including {@code alg: none}.
   */
  @Transactional
  public Optional<JWTClaimsSet> verifiedClaims(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      JWSVerifier verifier = verifierFor(jwt.getHeader().getKeyID());
      return verifier != null && jwt.verify(verifier)
          ? Optional.of(jwt.getJWTClaimsSet())
          : Optional.empty();
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The verifier of key {@code kid}, or null for a key we never had. Verifiers are cached per node:
   * keys are only ever added, so the store is read again only for a kid not seen yet.
   */
  private JWSVerifier verifierFor(String kid) throws JOSEException {
    if (kid == null) {
      return null;
    }
    JWSVerifier cached = verifiers.get(kid);
    if (cached != null) {
      return cached;
    }
    for (JWK jwk : publicKeys().getKeys()) {
      if (!verifiers.containsKey(jwk.getKeyID())) {
        verifiers.put(jwk.getKeyID(), verifier(jwk));
      }
    }
    return verifiers.get(kid);
  }

  private ActiveKey activeKey() {
    ActiveKey current = active;
    if (current == null) {
      synchronized (this) {
        if (active == null) {
          active = loadActiveKey();
        }
        current = active;
      }
    }
    return current;
  }

  private ActiveKey loadActiveKey() {
    String algorithm = JWSAlgorithm.parse(settings.signingAlgorithm()).getName();
    SigningKey stored =
        keys.signingKeys().stream()
            .filter(k -> k.status() == SigningKey.Status.ACTIVE && k.algorithm().equals(algorithm))
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("No active " + algorithm + " signing key"));
    try {
      JWK jwk =
          JWK.parse(
              new String(hasher.decrypt(stored.encryptedPrivateKey()), StandardCharsets.UTF_8));
      JWSSigner signer =
          jwk instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) jwk);
      return new ActiveKey(stored.kid(), JWSAlgorithm.parse(algorithm), signer);
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException("Cannot load signing key " + stored.kid(), e);
    }
  }

  private static JWSVerifier verifier(JWK jwk) throws JOSEException {
    return jwk instanceof ECKey ec ? new ECDSAVerifier(ec) : new RSASSAVerifier((RSAKey) jwk);
  }

  private static JWK generate(JWSAlgorithm algorithm) {
    String kid = Secrets.urlSafe(12);
    try {
      if (JWSAlgorithm.ES256.equals(algorithm)) {
        return new ECKeyGenerator(Curve.P_256)
            .keyID(kid)
            .algorithm(algorithm)
            .keyUse(KeyUse.SIGNATURE)
            .generate();
      }
      if (JWSAlgorithm.RS256.equals(algorithm)) {
        return new RSAKeyGenerator(2048)
            .keyID(kid)
            .algorithm(algorithm)
            .keyUse(KeyUse.SIGNATURE)
            .generate();
      }
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException(
        "Unsupported signing algorithm " + algorithm + " (use ES256 or RS256)");
  }
}
