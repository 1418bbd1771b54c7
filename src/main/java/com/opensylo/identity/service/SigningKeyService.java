package com.opensylo.identity.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.KeyRepository;
import com.opensylo.identity.domain.SigningKey;
import com.opensylo.shared.crypto.MasterKeyCipher;
import com.opensylo.shared.crypto.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The signing keys: kept in the database so every node signs with, and publishes, the same keys;
 * ES256 by default, RS256 when {@code opensylo.oauth.signing-algorithm=RS256}, private halves
 * encrypted with the master key. Rotation ({@link #rotate}) adds a new ACTIVE key and retires the
 * previous one; {@link JwtSigner} signs with the newest ACTIVE key and {@link VerificationKeys}
 * says which keys still verify.
 */
@ApplicationScoped
public class SigningKeyService {

  private static final Logger LOG = Logger.getLogger(SigningKeyService.class.getName());

  @Inject KeyRepository keys;
  @Inject MasterKeyCipher cipher;
  @Inject JwtSigner signer;
  @Inject VerificationKeys verification;
  @Inject IdentitySettings settings;
  @Inject AuditService audit;
  @Inject Clock clock;

  /** A signing key as the admin API shows it. */
  public record KeyView(
      String kid,
      String algorithm,
      SigningKey.Status status,
      Instant createdAt,
      Instant retiredAt,
      Instant publishedUntil) {}

  /** The outcome of a rotation: the new active key and the key it replaced (null if none). */
  public record Rotation(KeyView active, KeyView retired) {}

  /**
   * Makes sure an active key of the configured algorithm exists and loads it (called at start-up).
   */
  @Transactional
  public void ensureActiveKey() {
    JWSAlgorithm algorithm = algorithm();
    if (keys.activeKid(algorithm.getName()).isEmpty()) {
      SigningKey generated = newKey(algorithm, Instant.now(clock));
      keys.addSigningKey(generated);
      LOG.info(
          () -> "Generated access-token signing key " + generated.kid() + " (" + algorithm + ")");
    }
    signer.load();
  }

  /**
   * Adds a new active key of the configured algorithm and retires every active key, in one
   * transaction (the active rows are locked, so rotations on two nodes at once run in turn).
   * Records {@code signing_key.rotated}.
   */
  @Transactional
  public Rotation rotate(AuditService.Actor actor, String sourceAddress) {
    Instant now = Instant.now(clock);
    JWSAlgorithm algorithm = algorithm();
    List<SigningKey> current = keys.activeKeysForUpdate();
    SigningKey fresh = newKey(algorithm, now);
    keys.addSigningKey(fresh);
    SigningKey replaced =
        current.stream()
            .filter(k -> k.algorithm().equals(algorithm.getName()))
            .findFirst()
            .orElse(current.isEmpty() ? null : current.get(0));
    for (SigningKey key : current) {
      key.retire(now);
      verification.forget(key.kid());
    }
    KeyView retired = replaced == null ? null : view(replaced);
    audit.record(
        "signing_key.rotated",
        AuditEvent.Outcome.SUCCESS,
        actor,
        "signing_key",
        fresh.kid(),
        sourceAddress,
        retired == null
            ? "no previous key"
            : "retired " + retired.kid() + ", published until " + retired.publishedUntil());
    LOG.info(
        () ->
            "Rotated the signing key: "
                + fresh.kid()
                + " signs now"
                + (retired == null
                    ? ""
                    : "; " + retired.kid() + " verifies until " + retired.publishedUntil()));
    return new Rotation(view(fresh), retired);
  }

  /** Every signing key, newest first, with until when each is published. */
  @Transactional
  public List<KeyView> list() {
    return keys.signingKeys().stream().map(this::view).toList();
  }

  private KeyView view(SigningKey key) {
    return new KeyView(
        key.kid(),
        key.algorithm(),
        key.status(),
        key.createdAt(),
        key.retiredAt(),
        key.publishedUntil(settings.signingKeyRetirementWindow()));
  }

  private JWSAlgorithm algorithm() {
    return JWSAlgorithm.parse(settings.signingAlgorithm());
  }

  private SigningKey newKey(JWSAlgorithm algorithm, Instant now) {
    JWK generated = generate(algorithm);
    return new SigningKey(
        generated.getKeyID(),
        algorithm.getName(),
        generated.toPublicJWK().toJSONString(),
        cipher.encrypt(generated.toJSONString().getBytes(StandardCharsets.UTF_8)),
        now);
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
