package com.opensylo.identity.service;

import com.opensylo.identity.domain.KeyRepository;
import com.opensylo.identity.domain.PlatformKey;
import com.opensylo.shared.crypto.MasterKeyDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads, creates and deletes rows of {@code platform_key}: start-up markers, read and written
 * inside {@link IdentityBootstrap}'s locked transaction, and the master key earlier versions kept
 * there, each in its own transaction. It is also what the shared master key source asks of the
 * database ({@link MasterKeyDatabase}).
 */
@ApplicationScoped
public class PlatformKeyStore implements MasterKeyDatabase {

  /** The row where earlier versions kept a generated master key (moved out at start-up). */
  private static final String LEGACY_MASTER = "master";

  @Inject KeyRepository keys;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<String> find(String name) {
    return keys.findPlatformKey(name).map(PlatformKey::value);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void create(String name, String value) {
    keys.addPlatformKey(new PlatformKey(name, value, Instant.now(clock)));
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<String> legacyMasterKey() {
    return keys.findPlatformKey(LEGACY_MASTER).map(PlatformKey::value);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void deleteLegacyMasterKey() {
    keys.removePlatformKey(LEGACY_MASTER);
  }

  /** Whether any signing key exists (whether anything is encrypted under the master key yet). */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean holdsEncryptedKeys() {
    return !keys.signingKeys().isEmpty();
  }
}
