package com.opensylo.identity.domain;

import com.opensylo.shared.text.EmailAddresses;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A merchant's OpenSylo account: signs in on the consent page to grant marketplaces access. */
@Entity
@Table(name = "merchant_account")
public class MerchantAccount {

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  private UUID id;

  @Column(nullable = false, length = 320)
  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "business_name", nullable = false)
  private String businessName;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sandbox", nullable = false)
  private boolean sandbox;

  protected MerchantAccount() {}

  public MerchantAccount(String email, String passwordHash, String businessName, Instant now) {
    this.id = UUID.randomUUID();
    this.email = EmailAddresses.normalize(email);
    this.passwordHash = passwordHash;
    this.businessName = businessName;
    this.createdAt = now;
  }

  /**
   * A published sandbox test merchant (SPEC §10): its password is public, so it may consent only to
   * SANDBOX clients.
   */
  public static MerchantAccount sandboxTestAccount(
      String email, String passwordHash, String businessName, Instant now) {
    MerchantAccount account = new MerchantAccount(email, passwordHash, businessName, now);
    account.sandbox = true;
    return account;
  }

  /** Whether this account may consent to a client of {@code environment}. */
  public boolean mayConsentTo(ClientEnvironment environment) {
    return !sandbox || environment == ClientEnvironment.SANDBOX;
  }

  /** A published sandbox test merchant. */
  public boolean isSandboxTestAccount() {
    return sandbox;
  }

  /** Puts back the published password (the sandbox reset). */
  public void resetPassword(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash, "newHash");
  }

  /**
   * Replaces the stored hash of the same password (a rehash at today's cost after a successful
   * sign-in).
   */
  public void rehashPassword(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash, "newHash");
  }

  public UUID id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String businessName() {
    return businessName;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
