package com.opensylo.marketplace.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of marketplaces. */
public interface MarketplaceRepository {

  /**
   * Stores a new marketplace at once.
   *
   * @throws com.opensylo.shared.persistence.ConstraintConflict when its platform name is taken (two
   *     onboardings at once: the unique key decides)
   */
  void add(Marketplace marketplace);

  Optional<Marketplace> findById(UUID id);

  /** The marketplace, its row locked until the transaction ends (status and secret changes). */
  Optional<Marketplace> findByIdForUpdate(UUID id);

  Optional<Marketplace> findByPlatformName(String platformName);

  Optional<Marketplace> findByClientPk(UUID clientPk);

  /** A page, oldest first, optionally filtered by status. */
  List<Marketplace> list(MarketplaceStatus status, int offset, int limit);

  long count(MarketplaceStatus status);
}
