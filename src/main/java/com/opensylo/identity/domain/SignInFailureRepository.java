package com.opensylo.identity.domain;

import java.util.Optional;

/** Storage of failed sign-in counts ({@link SignInFailure}), shared by every node. */
public interface SignInFailureRepository {

  Optional<SignInFailure> find(String keyHash);

  /**
   * The count for {@code keyHash}, created empty if there is none, its row locked until the
   * transaction ends, so failures counted on two nodes at once add up.
   */
  SignInFailure lockOrCreate(String keyHash);

  void remove(String keyHash);
}
