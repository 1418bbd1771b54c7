package com.opensylo.webhook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A marketplace's webhook endpoint (SPEC §3, §9): where its loan events go, whether delivery is on,
 * and the HMAC secret that signs outbound and verifies inbound webhooks. The secret is kept
 * encrypted with the master key (it must be usable to sign and verify, so it cannot be hashed). One
 * per marketplace, created with it; delivery starts enabled, with no URL.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "marketplace_id", length = 36)
  private UUID marketplaceId;

  @Column(length = 2048)
  private String url;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "secret", nullable = false, columnDefinition = "TEXT")
  private String encryptedSecret;

  @Column(name = "secret_rotated_at", nullable = false)
  private Instant secretRotatedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected WebhookEndpoint() {}

  /** The endpoint of a new marketplace: enabled, no URL yet, with its first (encrypted) secret. */
  public WebhookEndpoint(UUID marketplaceId, String encryptedSecret, Instant now) {
    this.marketplaceId = Objects.requireNonNull(marketplaceId, "marketplaceId");
    this.encryptedSecret = Objects.requireNonNull(encryptedSecret, "encryptedSecret");
    this.enabled = true;
    this.secretRotatedAt = now;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Points outbound webhooks at {@code url} (null: none) and enables or disables delivery. */
  public void configure(String url, boolean enabled, Instant now) {
    this.url = url;
    this.enabled = enabled;
    this.updatedAt = now;
  }

  /**
   * Stops delivery because the receiver answered 410 Gone; the marketplace turns it on again by
   * setting its endpoint.
   */
  public void disableForGone(Instant now) {
    this.enabled = false;
    this.updatedAt = now;
  }

  /** Replaces the HMAC secret; the old one stops verifying and signing at once. */
  public void replaceSecret(String encryptedSecret, Instant now) {
    this.encryptedSecret = Objects.requireNonNull(encryptedSecret, "encryptedSecret");
    this.secretRotatedAt = now;
    this.updatedAt = now;
  }

  public UUID marketplaceId() {
    return marketplaceId;
  }

  /**
   * The HMAC secret, sealed with the master key ({@link
   * com.opensylo.shared.crypto.MasterKeyCipher}).
   */
  public String sealedSecret() {
    return encryptedSecret;
  }

  public String url() {
    return url;
  }

  public boolean enabled() {
    return enabled;
  }

  public Instant secretRotatedAt() {
    return secretRotatedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
