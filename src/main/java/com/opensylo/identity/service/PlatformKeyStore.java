package com.opensylo.identity.service;

import com.opensylo.identity.domain.KeyRepository;
import com.opensylo.identity.domain.PlatformKey;
import com.opensylo.shared.crypto.MasterKeyDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * What the shared master key source asks of the database ({@link MasterKeyDatabase}): the master
 * key earlier versions kept in {@code platform_key}, moved out at start-up, and whether anything is
 * encrypted under the master key yet. Each in its own transaction.
 */
@ApplicationScoped
public class PlatformKeyStore implements MasterKeyDatabase {

  /** The row where earlier versions kept a generated master key (moved out at start-up). */
  private static final String LEGACY_MASTER = "master";

  @Inject KeyRepository keys;

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
