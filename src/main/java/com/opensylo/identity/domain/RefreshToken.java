package com.opensylo.identity.domain;

import com.opensylo.shared.persistence.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An opaque refresh token of a grant, stored as a hash; 30 days by default. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "grant_id", nullable = false, length = 36)
  private UUID grantId;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "client_pk", nullable = false, length = 36)
  private UUID clientPk;

  @Convert(converter = StringListConverter.class)
  @Column(nullable = false, columnDefinition = "TEXT")
  private List<String> scope;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected RefreshToken() {}

  public RefreshToken(
      String tokenHash,
      UUID grantId,
      UUID clientPk,
      List<String> scope,
      Instant now,
      Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.grantId = grantId;
    this.clientPk = clientPk;
    this.scope = List.copyOf(scope);
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  public boolean isUsableAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public UUID grantId() {
    return grantId;
  }

  public UUID clientPk() {
    return clientPk;
  }

  public List<String> scope() {
    return scope;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
