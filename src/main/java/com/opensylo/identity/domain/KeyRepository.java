package com.opensylo.identity.domain;

import java.util.List;
import java.util.Optional;

/** Storage of signing keys and platform-generated keys. */
public interface KeyRepository {

  /**
   * Locks the identity start-up row until the transaction ends, so nodes starting together create
   * the first signing key and the bootstrap admin client one after the other.
   */
  void lockStartup();

  /** Every signing key, newest first. */
  List<SigningKey> signingKeys();

  /** The kid of the newest ACTIVE key of {@code algorithm}: a cheap read on every signature. */
  Optional<String> activeKid(String algorithm);

  /** The ACTIVE keys, locked for update, so two rotations at once run one after the other. */
  List<SigningKey> activeKeysForUpdate();

  Optional<SigningKey> findSigningKey(String kid);

  void addSigningKey(SigningKey key);

  Optional<PlatformKey> findPlatformKey(String name);

  void addPlatformKey(PlatformKey key);

  /** Deletes the platform key {@code name}; whether there was one. */
  boolean removePlatformKey(String name);
}
