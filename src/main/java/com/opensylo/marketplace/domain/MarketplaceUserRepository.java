package com.opensylo.marketplace.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of marketplace (dashboard) users. */
public interface MarketplaceUserRepository {

  /**
   * Stores a new user at once.
   *
   * @throws com.opensylo.shared.persistence.ConstraintConflict when the email is taken (two adds at
   *     once: the unique key decides)
   */
  void add(MarketplaceUser user);

  Optional<MarketplaceUser> findById(UUID id);

  Optional<MarketplaceUser> findByEmail(String normalizedEmail);

  /** The user, its row locked until the transaction ends (sign-in counters across nodes). */
  Optional<MarketplaceUser> findByIdForUpdate(UUID id);

  /** The users of one marketplace, oldest first. */
  List<MarketplaceUser> ofMarketplace(UUID marketplaceId);

  void remove(MarketplaceUser user);
}
