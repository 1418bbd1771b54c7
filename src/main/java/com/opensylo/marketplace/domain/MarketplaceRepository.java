package com.opensylo.marketplace.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of marketplaces. */
public interface MarketplaceRepository {

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
