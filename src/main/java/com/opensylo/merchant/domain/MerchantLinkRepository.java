package com.opensylo.merchant.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Storage of merchant links. */
public interface MerchantLinkRepository {

  /**
   * Stores a new link at once (flushed).
   *
   * @throws ConcurrentWriteException when a concurrent request linked either side first
   */
  void add(MerchantLink link);

  /** The marketplace's link for its {@code merchantRef}. */
  Optional<MerchantLink> findByRef(UUID marketplaceId, String merchantRef);

  /** The marketplace's link for the merchant account. */
  Optional<MerchantLink> findByAccount(UUID marketplaceId, UUID merchantAccountId);

  /** The marketplace's links for those of {@code merchantRefs} it has, by ref; one query. */
  Map<String, MerchantLink> findByRefs(UUID marketplaceId, Collection<String> merchantRefs);
}
