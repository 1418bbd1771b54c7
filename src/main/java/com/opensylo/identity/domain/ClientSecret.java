package com.opensylo.identity.domain;

import com.opensylo.shared.crypto.Secrets;
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

  /** Prefix of every client secret (SPEC §2). */
  public static final String PREFIX = "cs_secret_";

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

  /** A new plain secret: {@code cs_secret_} + 43 url-safe characters (256 bits), shown once. */
  public static String generate() {
    return PREFIX + Secrets.urlSafe(32);
  }

  /** The masked form (SPEC §2): {@code cs_secret_***...} and the secret's last four characters. */
  public static String masked(String lastFour) {
    return PREFIX + "***..." + lastFour;
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
