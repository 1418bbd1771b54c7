package com.opensylo.marketplace.domain;

import com.opensylo.shared.text.EmailAddresses;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person who signs in to the Marketplace Dashboard. Keeps its own count of consecutive failed
 * sign-ins and locks itself for a while when the count reaches the limit.
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

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

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

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** How long the lock still lasts at {@code now} (zero when unlocked). */
  public Duration lockRemainingAt(Instant now) {
    return isLockedAt(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
  }

  /**
   * Counts a failed sign-in; at {@code maxFailures} consecutive failures the account locks for
   * {@code lockFor} and the count starts again. Returns whether this failure locked it.
   */
  public boolean recordFailedLogin(Instant now, int maxFailures, Duration lockFor) {
    failedLogins++;
    if (failedLogins >= maxFailures) {
      failedLogins = 0;
      lockedUntil = now.plus(lockFor);
      return true;
    }
    return false;
  }

  /** A successful sign-in clears the failure count and any expired lock. */
  public void recordSuccessfulLogin(Instant now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
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

  public int failedLogins() {
    return failedLogins;
  }

  public Instant lastLoginAt() {
    return lastLoginAt;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
