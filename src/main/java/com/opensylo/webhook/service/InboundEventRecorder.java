package com.opensylo.webhook.service;

import com.opensylo.webhook.domain.InboundEvent;
import com.opensylo.webhook.domain.InboundEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The transaction of one inbound event: the event row is inserted first, which claims its id (a
 * concurrent request with the same id waits on that insert, then fails on the unique key and finds
 * the original), then the event is applied; both commit together or neither does.
 */
@ApplicationScoped
public class InboundEventRecorder {

  @Inject InboundEventRepository events;

  /**
   * Stores {@code event} and applies it.
   *
   * @param apply applies the event in this transaction and names what it was applied to
   * @throws com.opensylo.shared.persistence.ConstraintConflict the event id, a deduction reference
   *     or a settlement was taken concurrently (nothing applied; try again)
   */
  @Transactional
  public InboundEvent record(InboundEvent event, Supplier<String> apply) {
    events.add(event);
    event.appliedTo(apply.get());
    return event;
  }

  @Transactional
  public Optional<InboundEvent> find(UUID marketplaceId, String eventId) {
    return events.find(marketplaceId, eventId);
  }
}
