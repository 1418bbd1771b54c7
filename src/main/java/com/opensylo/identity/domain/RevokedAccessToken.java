package com.opensylo.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An access token (by {@code jti}) revoked before its expiry; kept until it would have expired
 * anyway.
 */
@Entity
@Table(name = "revoked_access_token")
public class RevokedAccessToken {

  @Id
  @Column(length = 64)
  private String jti;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected RevokedAccessToken() {}

  public RevokedAccessToken(String jti, Instant expiresAt) {
    this.jti = jti;
    this.expiresAt = expiresAt;
  }

  public String jti() {
    return jti;
  }
}
