package com.opensylo.identity.domain;

import java.util.List;
import java.util.Optional;

/** Storage of signing keys and platform-generated keys. */
public interface KeyRepository {

  List<SigningKey> signingKeys();

  void addSigningKey(SigningKey key);

  Optional<PlatformKey> findPlatformKey(String name);

  void addPlatformKey(PlatformKey key);
}
