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
 * Reads and creates platform-generated keys, each in its own transaction so a race between nodes is
 * harmless.
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
}
