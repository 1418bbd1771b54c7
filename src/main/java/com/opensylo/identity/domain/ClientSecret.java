package com.opensylo.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One secret of a confidential client, held only as a keyed hash. The current secret has no expiry;
 * after a rotation the previous one expires at the end of its grace period, after a regeneration at
 * once.
 */
@Entity
@Table(name = "oauth_client_secret")
public class ClientSecret {

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  private UUID id;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "client_pk", nullable = false, length = 36)
  private UUID clientPk;

  @Column(name = "secret_hash", nullable = false, length = 64)
  private String secretHash;

  @Column(name = "last_four", nullable = false, length = 4)
  private String lastFour;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  protected ClientSecret() {}

  public ClientSecret(UUID clientPk, String secretHash, String lastFour, Instant now) {
    this.id = UUID.randomUUID();
    this.clientPk = clientPk;
    this.secretHash = secretHash;
    this.lastFour = lastFour;
    this.createdAt = now;
  }

  /** Valid at {@code now}: current, or still inside its grace period. */
  public boolean isValidAt(Instant now) {
    return expiresAt == null || now.isBefore(expiresAt);
  }

  public boolean isCurrent() {
    return expiresAt == null;
  }

  /** Keeps this secret working until {@code until}, then never again. */
  public void expireAt(Instant until) {
    this.expiresAt = until;
  }

  public UUID id() {
    return id;
  }

  public UUID clientPk() {
    return clientPk;
  }

  public String secretHash() {
    return secretHash;
  }

  public String lastFour() {
    return lastFour;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
