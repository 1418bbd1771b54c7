package com.opensylo.identity.service;

import com.opensylo.identity.domain.KeyRepository;
import com.opensylo.identity.domain.PlatformKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads, creates and deletes rows of {@code platform_key} (start-up markers, and the master key
 * earlier versions kept there), each in its own transaction so a race between nodes is harmless.
 */
@ApplicationScoped
public class PlatformKeyStore {

  @Inject KeyRepository keys;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<String> find(String name) {
    return keys.findPlatformKey(name).map(PlatformKey::value);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void create(String name, String value) {
    keys.addPlatformKey(new PlatformKey(name, value, Instant.now(clock)));
  }

  /** Deletes platform key {@code name}, if there is one. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void delete(String name) {
    keys.removePlatformKey(name);
  }

  /** Whether any signing key exists (whether anything is encrypted under the master key yet). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean anySigningKey() {
    return !keys.signingKeys().isEmpty();
  }
}
