package com.opensylo.webhook.service;

import com.opensylo.webhook.domain.WebhookDeliveryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the outbound webhook worker of this node has done: attempts by outcome, their total
 * duration, and the outbox backlog as the last poll saw it.
 */
@ApplicationScoped
public class WebhookMetrics {

  private final Map<DeliveryClaims.Result, AtomicLong> outcomes = new ConcurrentHashMap<>();
  private final AtomicLong attemptMillis = new AtomicLong();
  private final AtomicReference<WebhookDeliveryRepository.Backlog> backlog =
      new AtomicReference<>(new WebhookDeliveryRepository.Backlog(0, null));

  void attempted(String eventType, DeliveryClaims.Result result, long durationMs) {
    outcomes.computeIfAbsent(result, r -> new AtomicLong()).incrementAndGet();
    attemptMillis.addAndGet(durationMs);
  }

  void backlog(WebhookDeliveryRepository.Backlog seen) {
    backlog.set(seen);
  }

  /** Attempts of this node that came to {@code result}. */
  public long outcomes(DeliveryClaims.Result result) {
    AtomicLong count = outcomes.get(result);
    return count == null ? 0 : count.get();
  }

  /** The backlog the last poll saw. */
  public WebhookDeliveryRepository.Backlog backlog() {
    return backlog.get();
  }
}
