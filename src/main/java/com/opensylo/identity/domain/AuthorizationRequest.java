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

/**
 * A validated {@code GET /oauth/authorize} waiting for the merchant's sign-in and decision. Kept in
 * the database (not in a session) so any node can serve the form post; bound to the form by a CSRF
 * token stored as a hash.
 */
@Entity
@Table(name = "authorization_request")
public class AuthorizationRequest {

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  private UUID id;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "client_pk", nullable = false, length = 36)
  private UUID clientPk;

  @Column(name = "redirect_uri", nullable = false, length = 2048)
  private String redirectUri;

  @Convert(converter = StringListConverter.class)
  @Column(nullable = false, columnDefinition = "TEXT")
  private List<String> scope;

  @Column(length = 1024)
  private String state;

  @Column(name = "code_challenge", length = 128)
  private String codeChallenge;

  @Column(name = "code_challenge_method", length = 8)
  private String codeChallengeMethod;

  @Column(name = "csrf_hash", nullable = false, length = 64)
  private String csrfHash;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "merchant_id", length = 36)
  private UUID merchantId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  protected AuthorizationRequest() {}

  public AuthorizationRequest(
      UUID clientPk,
      String redirectUri,
      List<String> scope,
      String state,
      String codeChallenge,
      String codeChallengeMethod,
      String csrfHash,
      Instant now,
      Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.clientPk = clientPk;
    this.redirectUri = redirectUri;
    this.scope = List.copyOf(scope);
    this.state = state;
    this.codeChallenge = codeChallenge;
    this.codeChallengeMethod = codeChallengeMethod;
    this.csrfHash = csrfHash;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  /** Open: not yet decided and not expired. */
  public boolean isOpenAt(Instant now) {
    return completedAt == null && now.isBefore(expiresAt);
  }

  public void complete(UUID merchant, Instant now) {
    this.merchantId = merchant;
    this.completedAt = now;
  }

  /**
   * Counts a refused sign-in on this request; at {@code maxFailures} the request closes (no code
   * can come from it any more). Returns whether it closed.
   */
  public boolean recordFailedSignIn(Instant now, int maxFailures) {
    failedSignIns++;
    if (failedSignIns >= Math.max(1, maxFailures)) {
      complete(null, now);
      return true;
    }
    return false;
  }

  public int failedSignIns() {
    return failedSignIns;
  }

  public UUID id() {
    return id;
  }

  public UUID clientPk() {
    return clientPk;
  }

  public String redirectUri() {
    return redirectUri;
  }

  public List<String> scope() {
    return scope;
  }

  public String state() {
    return state;
  }

  public String codeChallenge() {
    return codeChallenge;
  }

  public String codeChallengeMethod() {
    return codeChallengeMethod;
  }

  public String csrfHash() {
    return csrfHash;
  }
}
