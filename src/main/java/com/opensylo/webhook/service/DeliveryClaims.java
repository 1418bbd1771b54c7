package com.opensylo.webhook.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.ClientEnvironment;
import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.service.MarketplaceService;
import com.opensylo.webhook.domain.RetrySchedule;
import com.opensylo.webhook.domain.WebhookDelivery;
import com.opensylo.webhook.domain.WebhookDeliveryAttempt;
import com.opensylo.webhook.domain.WebhookDeliveryRepository;
import com.opensylo.webhook.domain.WebhookEndpoint;
import com.opensylo.webhook.domain.WebhookEndpointRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The two short transactions around each delivery attempt, so no transaction is open while a
 * receiver is called: {@link #claim} leases due outbox rows ({@code FOR UPDATE SKIP LOCKED}, so two
 * nodes never take the same row), {@link #complete} records the attempt and decides what follows.
 */
@ApplicationScoped
public class DeliveryClaims {

  /** What an attempt came to, as the metrics count it. */
  public enum Result {
    DELIVERED,
    RETRY,
    FAILED,
    GONE,
    LEASE_LOST
  }

  /** A leased row and what sending it needs; {@code key} is the plain HMAC key. */
  public record Claim(
      UUID deliveryId,
      UUID marketplaceId,
      UUID eventId,
      String eventType,
      String payload,
      UUID leaseToken,
      String url,
      ClientEnvironment environment,
      byte[] key) {}

  private final RetrySchedule schedule =
      new RetrySchedule(() -> ThreadLocalRandom.current().nextDouble());

  @Inject WebhookDeliveryRepository deliveries;
  @Inject WebhookEndpointRepository endpoints;
  @Inject MarketplaceService marketplaces;
  @Inject WebhookSecrets secrets;
  @Inject WebhookDeliverySettings settings;
  @Inject AuditService audit;
  @Inject Clock clock;

  /**
   * Leases up to {@code capacity} due rows, at most {@code perEndpoint} in flight per marketplace
   * counting {@code inFlight} (this node's attempts under way).
   */
  @Transactional
  public List<Claim> claim(int capacity, Map<UUID, Integer> inFlight, int perEndpoint) {
    Instant now = Instant.now(clock);
    List<UUID> full = new ArrayList<>();
    inFlight.forEach(
        (marketplace, count) -> {
          if (count >= perEndpoint) {
            full.add(marketplace);
          }
        });
    Map<UUID, Integer> taken = new HashMap<>(inFlight);
    Map<UUID, Optional<Target>> targets = new HashMap<>();
    List<Claim> claims = new ArrayList<>();
    // marketplace by marketplace, the longest-waiting first: one marketplace's backlog takes at
    // most its own share, never the window the others are claimed from
    for (UUID marketplace : deliveries.dueMarketplaces(now, capacity, full)) {
      int room =
          Math.min(perEndpoint - taken.getOrDefault(marketplace, 0), capacity - claims.size());
      if (room <= 0) {
        continue;
      }
      Optional<Target> target = targets.computeIfAbsent(marketplace, this::target);
      if (target.isEmpty()) {
        continue;
      }
      for (WebhookDelivery row : deliveries.lockDue(now, room, marketplace)) {
        UUID token = UUID.randomUUID();
        row.lease(token, now.plus(settings.lease()));
        taken.merge(marketplace, 1, Integer::sum);
        Target t = target.get();
        claims.add(
            new Claim(
                row.id(),
                marketplace,
                row.eventId(),
                row.eventType(),
                row.payload(),
                token,
                t.url(),
                t.environment(),
                t.key()));
      }
      if (claims.size() >= capacity) {
        break;
      }
    }
    return claims;
  }

  /** The due backlog now. */
  @Transactional
  public WebhookDeliveryRepository.Backlog backlog() {
    return deliveries.backlog(Instant.now(clock));
  }

  private record Target(String url, ClientEnvironment environment, byte[] key) {}

  private Optional<Target> target(UUID marketplaceId) {
    Optional<WebhookEndpoint> endpoint = endpoints.findByMarketplace(marketplaceId);
    Optional<Marketplace> marketplace = marketplaces.findById(marketplaceId);
    if (endpoint.isEmpty()
        || marketplace.isEmpty()
        || !endpoint.get().enabled()
        || endpoint.get().url() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Target(
            endpoint.get().url(), marketplace.get().environment(), secrets.key(endpoint.get())));
  }

  /**
   * Records the attempt {@code outcome} of {@code claim} and moves its row on: DELIVERED on a 2xx;
   * on a 410 FAILED, and the endpoint disabled until the marketplace re-enables it; FAILED after
   * the last attempt; else PENDING until the next step of the schedule, or the receiver's {@code
   * Retry-After} on a 429 or 503. An attempt whose lease another claim has since taken over is
   * recorded and changes nothing else.
   */
  @Transactional
  public Result complete(Claim claim, WebhookSender.Outcome outcome) {
    Optional<WebhookDelivery> found = deliveries.find(claim.deliveryId());
    if (found.isEmpty()) {
      return Result.LEASE_LOST; // the marketplace is gone, and its outbox with it
    }
    WebhookDelivery row = found.get();
    deliveries.add(
        new WebhookDeliveryAttempt(
            row.id(),
            row.attempts() + 1,
            outcome.attemptedAt(),
            outcome.statusCode(),
            outcome.durationMs(),
            outcome.error()));
    if (!row.leasedBy(claim.leaseToken())) {
      return Result.LEASE_LOST;
    }
    Instant now = Instant.now(clock);
    Integer code = outcome.statusCode();
    if (outcome.delivered()) {
      row.attempted(outcome.attemptedAt(), code, null, true, null);
      return Result.DELIVERED;
    }
    if (code != null && code == 410) {
      row.attempted(outcome.attemptedAt(), code, outcome.error(), false, null);
      endpoints
          .findByMarketplaceForUpdate(claim.marketplaceId())
          .ifPresent(endpoint -> endpoint.disableForGone(now));
      audit.record(
          "webhook.endpoint_disabled",
          AuditEvent.Outcome.SUCCESS,
          AuditService.Actor.system(),
          "marketplace",
          claim.marketplaceId().toString(),
          null,
          "receiver answered 410 Gone");
      return Result.GONE;
    }
    boolean exhausted = row.attempts() + 1 >= row.attemptLimit();
    Optional<java.time.Duration> retryAfter =
        code != null && (code == 429 || code == 503) ? outcome.retryAfter() : Optional.empty();
    Instant retryAt = exhausted ? null : schedule.next(row.attempts() + 1, now, retryAfter);
    row.attempted(outcome.attemptedAt(), code, outcome.error(), false, retryAt);
    return exhausted ? Result.FAILED : Result.RETRY;
  }
}
