package com.opensylo.marketplace.domain;

import com.opensylo.identity.domain.ClientEnvironment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A marketplace (partner): its names, currency, environment and status, and the one confidential
 * OAuth client it owns. Its webhook endpoint and secret belong to the webhook feature.
 */
@Entity
@Table(name = "marketplace")
public class Marketplace {

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  private UUID id;

  @Column(name = "platform_name", nullable = false, length = 32)
  private String platformName;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "default_currency", nullable = false, length = 3)
  private String defaultCurrency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ClientEnvironment environment;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private MarketplaceStatus status;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "client_pk", nullable = false, length = 36)
  private UUID clientPk;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Marketplace() {}

  /**
   * A new ACTIVE marketplace; its id is chosen by the caller so the OAuth client can name its owner
   * first.
   */
  public Marketplace(
      UUID id,
      String platformName,
      String displayName,
      String defaultCurrency,
      ClientEnvironment environment,
      UUID clientPk,
      Instant now) {
    this.id = Objects.requireNonNull(id, "id");
    this.platformName = Objects.requireNonNull(platformName, "platformName");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.defaultCurrency = Objects.requireNonNull(defaultCurrency, "defaultCurrency");
    this.environment = Objects.requireNonNull(environment, "environment");
    this.clientPk = Objects.requireNonNull(clientPk, "clientPk");
    this.status = MarketplaceStatus.ACTIVE;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public boolean isActive() {
    return status == MarketplaceStatus.ACTIVE;
  }

  /** ACTIVE → SUSPENDED; false if it already was. */
  public boolean suspend(Instant now) {
    return moveTo(MarketplaceStatus.SUSPENDED, now);
  }

  /** SUSPENDED → ACTIVE; false if it already was. */
  public boolean reactivate(Instant now) {
    return moveTo(MarketplaceStatus.ACTIVE, now);
  }

  private boolean moveTo(MarketplaceStatus target, Instant now) {
    if (status == target) {
      return false;
    }
    status = target;
    updatedAt = now;
    return true;
  }

  public UUID id() {
    return id;
  }

  public String platformName() {
    return platformName;
  }

  public String displayName() {
    return displayName;
  }

  public String defaultCurrency() {
    return defaultCurrency;
  }

  public ClientEnvironment environment() {
    return environment;
  }

  public MarketplaceStatus status() {
    return status;
  }

  public UUID clientPk() {
    return clientPk;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
