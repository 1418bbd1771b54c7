package com.opensylo.identity.domain;

import java.util.Optional;
import java.util.UUID;

/** Storage of merchant accounts. */
public interface MerchantAccountRepository {

  void add(MerchantAccount account);

  Optional<MerchantAccount> findById(UUID id);

  Optional<MerchantAccount> findByEmail(String normalizedEmail);
}
