package com.opensylo.shared.crypto;

import java.util.Optional;

/**
 * What {@link MasterKeySource} needs of the database: the master key earlier versions kept there
 * (to move it out, never to use it from there), and whether anything is encrypted under a master
 * key yet. Implemented by the feature that owns those rows (identity's {@code platform_key} and
 * {@code signing_key}), so this package knows no feature.
 */
public interface MasterKeyDatabase {

  /** The master key an earlier version kept in the database, base64. */
  Optional<String> legacyMasterKey();

  void deleteLegacyMasterKey();

  /** Whether anything is already encrypted under some master key (a signing key exists). */
  boolean holdsEncryptedKeys();
}
