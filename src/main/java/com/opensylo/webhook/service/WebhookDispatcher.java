package com.opensylo.webhook.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbound webhook worker of this node (SPEC §9): every poll interval, on the platform's
 * managed scheduler, it leases due outbox rows ({@link DeliveryClaims#claim}) and hands each to the
 * platform's managed executor, which checks the target again (SSRF: a name may have been re-pointed
 * since it was set), POSTs it outside any transaction and records the outcome. At most {@code
 * max-in-flight} attempts run at once on a node, and {@code max-in-flight-per-endpoint} to one
 * marketplace, so a receiver that hangs holds only its own rows back. At-least-once: a node that
 * dies mid-attempt leaves its rows leased until the lease ends, then any node takes them again.
 */
@ApplicationScoped
public class WebhookDispatcher {

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedExecutorService executor;

  @Inject DeliveryClaims claims;
  @Inject WebhookSender sender;
  @Inject WebhookTargetPolicy targets;
  @Inject WebhookDeliverySettings settings;
  @Inject WebhookMetrics metrics;
  @Inject java.time.Clock clock;

  private final Map<UUID, Integer> inFlight = new ConcurrentHashMap<>();
  private final AtomicInteger inFlightTotal = new AtomicInteger();
  private final java.util.concurrent.atomic.AtomicBoolean repollQueued =
      new java.util.concurrent.atomic.AtomicBoolean();
  private volatile String lastFailure;
  private ScheduledFuture<?> polling;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (!settings.enabled()) {
      LOG.info("Outbound webhook delivery is off on this node (opensylo.webhook.delivery.enabled)");
      return;
    }
    metrics.inFlight(inFlightTotal::get);
    long every = settings.pollInterval().toMillis();
    polling =
        scheduler.scheduleWithFixedDelay(this::pollQuietly, every, every, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.cancel(false);
    }
  }

  /**
   * Leases what is due now and starts its attempts; returns how many it started. Called by the
   * scheduler; a test may call it to poll at once.
   */
  public synchronized int poll() {
    metrics.backlog(claims.backlog());
    int capacity = settings.maxInFlight() - inFlightTotal.get();
    if (capacity <= 0) {
      return 0;
    }
    List<DeliveryClaims.Claim> leased =
        claims.claim(capacity, Map.copyOf(inFlight), settings.maxInFlightPerEndpoint());
    for (DeliveryClaims.Claim claim : leased) {
      inFlight.merge(claim.marketplaceId(), 1, Integer::sum);
      inFlightTotal.incrementAndGet();
      try {
        executor.execute(() -> attempt(claim));
      } catch (RejectedExecutionException e) {
        finished(claim); // the lease ends and the row is due again
      }
    }
    return leased.size();
  }

  private void pollQuietly() {
    try {
      poll();
      lastFailure = null;
    } catch (RuntimeException e) {
      String failure = e.getClass().getName() + ": " + e.getMessage();
      if (!failure.equals(lastFailure)) { // once per kind of failure, not once a second
        LOG.log(Level.WARNING, "Outbound webhook poll failed; retrying every poll interval", e);
        lastFailure = failure;
      }
    }
  }

  private void attempt(DeliveryClaims.Claim claim) {
    try {
      WebhookSender.Outcome outcome =
          targets
              .refusal(claim.url(), claim.environment())
              .map(
                  why ->
                      WebhookSender.Outcome.refused(
                          java.time.Instant.now(clock), "Target refused: the URL " + why))
              .orElseGet(
                  () ->
                      sender.send(
                          claim.url(), claim.eventId().toString(), claim.payload(), claim.key()));
      DeliveryClaims.Result result = claims.complete(claim, outcome);
      metrics.attempted(result, outcome.durationMs());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Outbound webhook attempt of delivery "
              + claim.deliveryId()
              + " could not be recorded; it is due again when its lease ends",
          e);
    } finally {
      finished(claim);
    }
  }

  private void finished(DeliveryClaims.Claim claim) {
    inFlight.computeIfPresent(claim.marketplaceId(), (k, n) -> n <= 1 ? null : n - 1);
    inFlightTotal.decrementAndGet();
    repollSoon();
  }

  /**
   * A finished attempt frees a slot: poll again now rather than at the next interval, so a backlog
   * drains as fast as receivers answer (one poll queued at a time; it claims only rows that are
   * due, so failing receivers, rescheduled into the future, cause no busy loop).
   */
  private void repollSoon() {
    if (polling == null || !repollQueued.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(
          () -> {
            repollQueued.set(false);
            pollQuietly();
          });
    } catch (RejectedExecutionException e) {
      repollQueued.set(false); // the scheduled poll will come
    }
  }
}
