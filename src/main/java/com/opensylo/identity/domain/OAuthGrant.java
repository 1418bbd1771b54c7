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
 * A merchant's authorization of a client, created when a code is exchanged. Its refresh tokens and
 * the access tokens issued under it (claim {@code gid}) stop working the moment it is revoked.
 */
@Entity
@Table(name = "oauth_grant")
public class OAuthGrant {

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  private UUID id;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "client_pk", nullable = false, length = 36)
  private UUID clientPk;

  @Column(nullable = false)
  private String subject;

  @Convert(converter = StringListConverter.class)
  @Column(nullable = false, columnDefinition = "TEXT")
  private List<String> scope;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  /**
   * The client's token generation when the merchant consented: once the client has been inactive
   * since, this grant's refresh tokens are dead too (review L10).
   */
  @Column(name = "client_generation", nullable = false)
  private int clientGeneration;

  protected OAuthGrant() {}

  public OAuthGrant(OAuthClient client, String subject, List<String> scope, Instant now) {
    this.id = UUID.randomUUID();
    this.clientPk = client.id();
    this.clientGeneration = client.tokenGeneration();
    this.subject = subject;
    this.scope = List.copyOf(scope);
    this.createdAt = now;
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  /**
   * Whether the grant still stands for {@code client}: not revoked, and the client active and not
   * inactive since the grant was made.
   */
  public boolean isLiveFor(OAuthClient client) {
    return !isRevoked()
        && client.id().equals(clientPk)
        && client.honoursTokenGeneration(clientGeneration);
  }

  public UUID id() {
    return id;
  }

  public UUID clientPk() {
    return clientPk;
  }

  public String subject() {
    return subject;
  }

  public List<String> scope() {
    return scope;
  }
}
