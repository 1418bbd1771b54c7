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

  protected MerchantAccount() {}

  public MerchantAccount(String email, String passwordHash, String businessName, Instant now) {
    this.id = UUID.randomUUID();
    this.email = EmailAddresses.normalize(email);
    this.passwordHash = passwordHash;
    this.businessName = businessName;
    this.createdAt = now;
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
