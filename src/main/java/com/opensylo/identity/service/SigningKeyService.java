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
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The access-token signing keys. They live in the database so every node signs with, and publishes,
 * the same keys. ES256 by default, RS256 when {@code opensylo.oauth.signing-algorithm=RS256}.
 *
 * <p>Rotation ({@link #rotate}) adds a new ACTIVE key and retires the previous one. Every node
 * signs with the newest ACTIVE key: each signature reads the active {@code kid} (one indexed row)
 * and only loads and decrypts a key when that {@code kid} changes, so a rotation on one node takes
 * effect on every node at its next token. A retired key stays published and keeps verifying for
 * {@link IdentitySettings#signingKeyRetirementWindow()} after its retirement, the longest lifetime
 * of anything it signed; then it leaves the JWKS and stops verifying, here and in {@link #standing}
 * (which the bearer-token filter asks, because MicroProfile JWT keeps keys it once fetched).
 */
@ApplicationScoped
public class SigningKeyService {

  private static final Logger LOG = Logger.getLogger(SigningKeyService.class.getName());

  /**
   * How long this node trusts its memory that a key is still ACTIVE before reading its row again (a
   * retirement elsewhere only starts a window of days, so seconds of delay cost nothing).
   */
  private static final Duration ACTIVE_RECHECK = Duration.ofSeconds(30);

  private static final JOSEObjectType AT_JWT = new JOSEObjectType("at+jwt");

  @Inject KeyRepository keys;
  @Inject MasterKeyCipher cipher;
  @Inject IdentitySettings settings;
  @Inject AuditService audit;
  @Inject Clock clock;

  private volatile ActiveKey active;

  /** What this node knows of each of our keys: its verifier, and whether it was retired. */
  private final Map<String, KnownKey> known = new ConcurrentHashMap<>();

  private record ActiveKey(String kid, JWSAlgorithm algorithm, JWSSigner signer) {}

  private record KnownKey(JWSVerifier verifier, Instant retiredAt, Instant readAt) {}

  /** Where a {@code kid} stands with this server. */
  public enum Standing {
    /** Not one of our keys (a token from another identity provider, or garbage). */
    UNKNOWN,
    /** One of our keys, active or retired within its window: its tokens verify. */
    VERIFYING,
    /** One of our keys whose window has passed: its tokens are refused. */
    EXPIRED
  }

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
    // loaded here, inside a transaction, so the first token does not pay for the decryption
    currentSigner();
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
      known.remove(key.kid());
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

  /** Signs {@code claims} as an RFC 9068 access token ({@code typ: at+jwt}) with the active key. */
  @Transactional
  public String sign(JWTClaimsSet claims) {
    return sign(claims, AT_JWT);
  }

  /**
   * Signs {@code claims} with the active key under header {@code typ} (dashboard tokens are {@code
   * JWT}, so they can never pass for an RFC 9068 access token).
   */
  @Transactional
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

  /** The public keys that verify now, active and retired within their window (RFC 7517). */
  @Transactional
  public JWKSet publicKeys() {
    Instant now = Instant.now(clock);
    Duration window = settings.signingKeyRetirementWindow();
    List<JWK> published = new ArrayList<>();
    for (SigningKey key : keys.signingKeys()) {
      if (!key.verifiesAt(now, window)) {
        continue;
      }
      try {
        published.add(JWK.parse(key.publicJwk()));
      } catch (ParseException e) {
        LOG.warning(() -> "Skipping unreadable public key " + key.kid());
      }
    }
    return new JWKSet(published);
  }

  /**
   * The claims of {@code token} if it is a JWT signed by one of our keys that still verifies,
   * whatever its expiry (the caller judges time); empty for anything else, including {@code alg:
   * none} and keys past their window.
   */
  @Transactional
  public Optional<JWTClaimsSet> verifiedClaims(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      Optional<KnownKey> key = verifying(jwt.getHeader().getKeyID());
      return key.isPresent() && jwt.verify(key.get().verifier())
          ? Optional.of(jwt.getJWTClaimsSet())
          : Optional.empty();
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Where key {@code kid} stands now: unknown, verifying, or past its window. Asked on every bearer
   * request, so it joins a transaction but never starts one (and mostly answers from memory).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Standing standing(String kid) {
    if (kid == null) {
      return Standing.UNKNOWN;
    }
    Optional<KnownKey> key = known(kid);
    if (key.isEmpty()) {
      return Standing.UNKNOWN;
    }
    return verifies(key.get()) ? Standing.VERIFYING : Standing.EXPIRED;
  }

  private Optional<KnownKey> verifying(String kid) {
    return kid == null ? Optional.empty() : known(kid).filter(this::verifies);
  }

  private boolean verifies(KnownKey key) {
    return key.retiredAt() == null
        || Instant.now(clock).isBefore(key.retiredAt().plus(settings.signingKeyRetirementWindow()));
  }

  /**
   * This node's record of key {@code kid}, read again from the store when unseen, or when it was
   * active at the last read and that read is older than {@link #ACTIVE_RECHECK}. A retirement never
   * changes again, so retired keys are never re-read.
   */
  private Optional<KnownKey> known(String kid) {
    Instant now = Instant.now(clock);
    KnownKey cached = known.get(kid);
    if (cached != null
        && (cached.retiredAt() != null
            || (!now.isBefore(cached.readAt())
                && now.isBefore(cached.readAt().plus(ACTIVE_RECHECK))))) {
      return Optional.of(cached);
    }
    Optional<SigningKey> stored = keys.findSigningKey(kid);
    if (stored.isEmpty()) {
      known.remove(kid);
      return Optional.empty();
    }
    try {
      JWSVerifier verifier =
          cached != null ? cached.verifier() : verifier(JWK.parse(stored.get().publicJwk()));
      KnownKey fresh = new KnownKey(verifier, stored.get().retiredAt(), now);
      known.put(kid, fresh);
      return Optional.of(fresh);
    } catch (ParseException | JOSEException e) {
      LOG.warning(() -> "Unreadable public key " + kid);
      return Optional.empty();
    }
  }

  /** The signer of the newest active key, reloaded when the store's active kid changed. */
  private ActiveKey currentSigner() {
    JWSAlgorithm algorithm = algorithm();
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
      JWSSigner signer =
          jwk instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) jwk);
      return new ActiveKey(stored.kid(), algorithm, signer);
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException("Cannot load signing key " + stored.kid(), e);
    }
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
