package com.opensylo.identity.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.opensylo.identity.domain.KeyRepository;
import com.opensylo.identity.domain.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
 * Which of our signing keys verify now: the active key, and each retired key for {@link
 * IdentitySettings#signingKeyRetirementWindow()} after its retirement (the longest lifetime of
 * anything it signed). Published as the JWKS, used to verify our own tokens (introspection,
 * revocation), and asked by the bearer-token filter ({@link #standing}), because MicroProfile JWT
 * keeps keys it once fetched. Past its window a key leaves the JWKS and stops verifying here.
 */
@ApplicationScoped
public class VerificationKeys {

  private static final Logger LOG = Logger.getLogger(VerificationKeys.class.getName());

  /**
   * How long this node trusts its memory that a key is still ACTIVE before reading its row again (a
   * retirement elsewhere only starts a window of days, so seconds of delay cost nothing).
   */
  private static final Duration ACTIVE_RECHECK = Duration.ofSeconds(30);

  @Inject KeyRepository keys;
  @Inject IdentitySettings settings;
  @Inject Clock clock;

  /** What this node knows of each of our keys: its verifier, and whether it was retired. */
  private final Map<String, KnownKey> known = new ConcurrentHashMap<>();

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

  /** Forgets what this node knew of key {@code kid} (it was just retired here). */
  void forget(String kid) {
    known.remove(kid);
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

  private static JWSVerifier verifier(JWK jwk) throws JOSEException {
    return jwk instanceof ECKey ec ? new ECDSAVerifier(ec) : new RSASSAVerifier((RSAKey) jwk);
  }
}
