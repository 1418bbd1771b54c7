package com.opensylo.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An access-token signing key shared by every node: its public JWK in clear, its private key
 * encrypted with the platform master key. ACTIVE keys sign; RETIRED keys stay published in the JWKS
 * until their tokens expire.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

  /** Lifecycle of a key. */
  public enum Status {
    ACTIVE,
    RETIRED
  }

  @Id
  @Column(length = 64)
  private String kid;

  @Column(nullable = false, length = 16)
  private String algorithm;

  @Column(name = "public_jwk", nullable = false, columnDefinition = "TEXT")
  private String publicJwk;

  @Column(name = "private_key", nullable = false, columnDefinition = "TEXT")
  private String encryptedPrivateKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "retired_at")
  private Instant retiredAt;

  protected SigningKey() {}

  public SigningKey(
      String kid, String algorithm, String publicJwk, String encryptedPrivateKey, Instant now) {
    this.kid = kid;
    this.algorithm = algorithm;
    this.publicJwk = publicJwk;
    this.encryptedPrivateKey = encryptedPrivateKey;
    this.status = Status.ACTIVE;
    this.createdAt = now;
  }

  public String kid() {
    return kid;
  }

  public String algorithm() {
    return algorithm;
  }

  public String publicJwk() {
    return publicJwk;
  }

  public String encryptedPrivateKey() {
    return encryptedPrivateKey;
  }

  public Status status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** When the key stopped signing, or null while it is active. */
  public Instant retiredAt() {
    return retiredAt;
  }

  /** Stops signing with this key from {@code now}; it keeps verifying for its window. */
  public void retire(Instant now) {
    if (status == Status.ACTIVE) {
      status = Status.RETIRED;
      retiredAt = now;
    }
  }

  /**
   * Until when the key is published and verifies: forever (null) while active, then until {@code
   * retired_at + window}, where the window outlasts every token the key can have signed.
   */
  public Instant publishedUntil(Duration window) {
    return retiredAt == null ? null : retiredAt.plus(window);
  }

  /** Whether tokens signed with this key still verify at {@code now}. */
  public boolean verifiesAt(Instant now, Duration window) {
    Instant until = publishedUntil(window);
    return until == null || now.isBefore(until);
  }
}
