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
 * The transaction of one inbound event: the event is applied, then its row is inserted with what it
 * was applied to, which claims its id; both commit together or neither does. The row is written
 * once, complete, rather than inserted first and updated with the reference afterwards (one
 * statement fewer per event). A concurrent request with the same id either waits on the loan's lock
 * and is refused by what the first one applied, or waits on this insert and fails on its unique
 * key; {@link InboundWebhooks} then finds the original and answers with it.
 */
@ApplicationScoped
public class InboundEventRecorder {

  @Inject InboundEventRepository events;

  /**
   * Applies {@code event}, then stores it with what it was applied to.
   *
   * @param apply applies the event in this transaction and names what it was applied to
   * @throws com.opensylo.shared.persistence.ConstraintConflict the event id or a settlement was
   *     taken concurrently (nothing applied; try again)
   * @throws com.opensylo.shared.error.ApiException the ledger refused the event (nothing applied);
   *     a deduction reference taken by a concurrent request is such a refusal, once that request
   *     has committed
   */
  @Transactional
  public InboundEvent record(InboundEvent event, Supplier<String> apply) {
    event.appliedTo(apply.get());
    events.add(event);
    return event;
  }

  @Transactional
  public Optional<InboundEvent> find(UUID marketplaceId, String eventId) {
    return events.find(marketplaceId, eventId);
  }
}
