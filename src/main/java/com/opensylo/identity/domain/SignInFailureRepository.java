package com.opensylo.identity.domain;

import java.util.Optional;

/** Storage of failed sign-in counts ({@link SignInFailure}), shared by every node. */
public interface SignInFailureRepository {

  Optional<SignInFailure> find(String keyHash);

  /**
   * Creates the empty count for {@code keyHash} if there is none, in a transaction of its own: an
   * insert that meets an existing row takes a shared lock on it, and upgrading that to the
   * exclusive lock {@link #lock} takes, in one transaction, deadlocks against a concurrent failure
   * of the same key (InnoDB).
   */
  void createIfAbsent(String keyHash);

  /**
   * The count for {@code keyHash} (which must exist), its row locked until the transaction ends, so
   * failures counted on two nodes at once add up.
   */
  SignInFailure lock(String keyHash);

  void remove(String keyHash);
}
