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

/** A single-use authorization code (stored as a hash), valid for five minutes. */
@Entity
@Table(name = "authorization_code")
public class AuthorizationCode {

  @Id
  @Column(name = "code_hash", length = 64)
  private String codeHash;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "client_pk", nullable = false, length = 36)
  private UUID clientPk;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "merchant_id", nullable = false, length = 36)
  private UUID merchantId;

  @Column(name = "redirect_uri", nullable = false, length = 2048)
  private String redirectUri;

  @Convert(converter = StringListConverter.class)
  @Column(nullable = false, columnDefinition = "TEXT")
  private List<String> scope;

  @Column(name = "code_challenge", length = 128)
  private String codeChallenge;

  @Column(name = "code_challenge_method", length = 8)
  private String codeChallengeMethod;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "grant_id", length = 36)
  private UUID grantId;

  protected AuthorizationCode() {}

  public AuthorizationCode(
      String codeHash,
      UUID clientPk,
      UUID merchantId,
      String redirectUri,
      List<String> scope,
      String codeChallenge,
      String codeChallengeMethod,
      Instant now,
      Instant expiresAt) {
    this.codeHash = codeHash;
    this.clientPk = clientPk;
    this.merchantId = merchantId;
    this.redirectUri = redirectUri;
    this.scope = List.copyOf(scope);
    this.codeChallenge = codeChallenge;
    this.codeChallengeMethod = codeChallengeMethod;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  public boolean isUsed() {
    return usedAt != null;
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** Marks the code spent by the exchange that created {@code grant}. */
  public void redeem(UUID grant, Instant now) {
    this.usedAt = now;
    this.grantId = grant;
  }

  public UUID clientPk() {
    return clientPk;
  }

  public UUID merchantId() {
    return merchantId;
  }

  public String redirectUri() {
    return redirectUri;
  }

  public List<String> scope() {
    return scope;
  }

  public String codeChallenge() {
    return codeChallenge;
  }

  public String codeChallengeMethod() {
    return codeChallengeMethod;
  }

  public UUID grantId() {
    return grantId;
  }
}
