package com.opensylo.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A key the platform generated for itself because the operator configured none (the master key when
 * {@code OPENSYLO_MASTER_KEY} is unset). Stored so that every node derives the same hashes and
 * decrypts the same signing keys.
 */
@Entity
@Table(name = "platform_key")
public class PlatformKey {

  @Id
  @Column(length = 64)
  private String name;

  @Column(name = "key_value", nullable = false, length = 512)
  private String value;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PlatformKey() {}

  public PlatformKey(String name, String value, Instant now) {
    this.name = name;
    this.value = value;
    this.createdAt = now;
  }

  public String name() {
    return name;
  }

  public String value() {
    return value;
  }
}
