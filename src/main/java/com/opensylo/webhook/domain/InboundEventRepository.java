package com.opensylo.webhook.domain;

import java.util.Optional;
import java.util.UUID;

/** Storage of accepted inbound events. */
public interface InboundEventRepository {

  /**
   * Stores the applied event at once (flushed), claiming its id; the row is not written again.
   *
   * @throws com.opensylo.shared.persistence.ConstraintConflict when the marketplace's event id is
   *     taken (by a concurrent request too: the insert waits for it to end)
   */
  void add(InboundEvent event);

  Optional<InboundEvent> find(UUID marketplaceId, String eventId);

  /** How many events the marketplace has stored (tests and operators). */
  long count(UUID marketplaceId);
}
