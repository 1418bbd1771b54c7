package com.opensylo.marketplace.domain;

import com.opensylo.shared.text.EmailAddresses;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person who signs in to the Marketplace Dashboard. Its token version is carried by every
 * dashboard JWT issued to it; a password change bumps it, which ends all of the user's older tokens
 * at once on every node. (Failed sign-ins are throttled by identity's sign-in throttle, keyed by
 * email and source address.)
 */
@Entity
@Table(name = "marketplace_user")
public class MarketplaceUser {

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  private UUID id;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "marketplace_id", nullable = false, length = 36)
  private UUID marketplaceId;

  @Column(nullable = false, length = 320)
  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "first_name", nullable = false, length = 100)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private UserRole role;

  @Column(name = "token_version", nullable = false)
  private long tokenVersion;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "published", nullable = false)
  private boolean published;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected MarketplaceUser() {}

  public MarketplaceUser(
      UUID marketplaceId,
      String email,
      String passwordHash,
      String firstName,
      String lastName,
      UserRole role,
      Instant now) {
    this.id = UUID.randomUUID();
    this.marketplaceId = Objects.requireNonNull(marketplaceId, "marketplaceId");
    this.email = Objects.requireNonNull(EmailAddresses.normalize(email), "email");
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.firstName = Objects.requireNonNull(firstName, "firstName");
    this.lastName = Objects.requireNonNull(lastName, "lastName");
    this.role = Objects.requireNonNull(role, "role");
    this.createdAt = now;
  }

  /**
   * A user whose password is published (the sandbox marketplace's, SPEC §10): everyone shares it,
   * so it may not be changed.
   */
  public static MarketplaceUser published(
      UUID marketplaceId,
      String email,
      String passwordHash,
      String firstName,
      String lastName,
      UserRole role,
      Instant now) {
    MarketplaceUser user =
        new MarketplaceUser(marketplaceId, email, passwordHash, firstName, lastName, role, now);
    user.published = true;
    return user;
  }

  /** Whether this user's password is published (and so may not be changed). */
  public boolean isPublished() {
    return published;
  }

  /** Records a successful sign-in. */
  public void recordSuccessfulLogin(Instant now) {
    lastLoginAt = now;
  }

  /**
   * Sets a new password (already hashed) and bumps the token version, so every dashboard JWT issued
   * before it stops working.
   */
  public void changePassword(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    this.tokenVersion++;
  }

  /**
   * Replaces the stored hash of the same password (a rehash at today's cost after a successful
   * sign-in).
   */
  public void rehashPassword(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash, "newHash");
  }

  public boolean belongsTo(UUID marketplace) {
    return marketplaceId.equals(marketplace);
  }

  public boolean hasAnyRole(UserRole... roles) {
    for (UserRole r : roles) {
      if (r == role) {
        return true;
      }
    }
    return false;
  }

  public UUID id() {
    return id;
  }

  public UUID marketplaceId() {
    return marketplaceId;
  }

  public String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public UserRole role() {
    return role;
  }

  /** The version every dashboard JWT of this user must carry (claim {@code ver}). */
  public long tokenVersion() {
    return tokenVersion;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
