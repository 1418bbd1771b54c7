package com.opensylo.identity.domain;

import java.util.Optional;
import java.util.UUID;

/** Storage of merchant accounts. */
public interface MerchantAccountRepository {

  /**
   * Stores a new account at once.
   *
   * @throws com.opensylo.shared.persistence.ConstraintConflict when the email is taken (two creates
   *     at once: the unique key decides)
   */
  void add(MerchantAccount account);

  Optional<MerchantAccount> findById(UUID id);

  Optional<MerchantAccount> findByEmail(String normalizedEmail);
}
