package com.opensylo.webhook.service;

import com.opensylo.webhook.domain.WebhookDeliveryRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * What the outbound webhook worker of this node has done, published as the platform MXBean {@code
 * com.opensylo:type=WebhookDelivery} (Admin Center's Explore tool, any JMX client): attempts by
 * outcome, their latency, in-flight attempts, and the outbox backlog with the oldest due row's age.
 * JMX rather than MicroProfile Telemetry instruments: the OpenTelemetry API is a third-party API in
 * Liberty, visible to an application only through a {@code <webApplication>} classloader setting in
 * server.xml, which the Arquillian-deployed test suite cannot carry.
 */
@ApplicationScoped
public class WebhookMetrics implements WebhookDeliveryStatsMXBean {

  private static final Logger LOG = Logger.getLogger(WebhookMetrics.class.getName());
  private static final String NAME = "com.opensylo:type=WebhookDelivery";

  @Inject Clock clock;

  private final Map<DeliveryClaims.Result, AtomicLong> outcomes = new ConcurrentHashMap<>();
  private final AtomicLong attempts = new AtomicLong();
  private final AtomicLong attemptMillis = new AtomicLong();
  private final AtomicLong attemptMaxMillis = new AtomicLong();
  private final AtomicReference<WebhookDeliveryRepository.Backlog> backlog =
      new AtomicReference<>(new WebhookDeliveryRepository.Backlog(0, null));
  private volatile IntSupplier inFlight = () -> 0;

  @PostConstruct
  void register() {
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName name = new ObjectName(NAME);
      if (server.isRegistered(name)) {
        server.unregisterMBean(name); // left by a previous deployment of the application
      }
      server.registerMBean(this, name);
    } catch (JMException | SecurityException e) {
      LOG.log(Level.WARNING, "Webhook delivery statistics are not published over JMX", e);
    }
  }

  @PreDestroy
  void unregister() {
    try {
      ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(NAME));
    } catch (JMException | SecurityException e) {
      // not registered: nothing to remove
    }
  }

  void inFlight(IntSupplier count) {
    this.inFlight = count;
  }

  void attempted(DeliveryClaims.Result result, long durationMs) {
    outcomes.computeIfAbsent(result, r -> new AtomicLong()).incrementAndGet();
    attempts.incrementAndGet();
    attemptMillis.addAndGet(durationMs);
    attemptMaxMillis.accumulateAndGet(durationMs, Math::max);
  }

  void backlog(WebhookDeliveryRepository.Backlog seen) {
    backlog.set(seen);
  }

  private long count(DeliveryClaims.Result result) {
    AtomicLong count = outcomes.get(result);
    return count == null ? 0 : count.get();
  }

  @Override
  public long getDelivered() {
    return count(DeliveryClaims.Result.DELIVERED);
  }

  @Override
  public long getRetried() {
    return count(DeliveryClaims.Result.RETRY);
  }

  @Override
  public long getFailed() {
    return count(DeliveryClaims.Result.FAILED);
  }

  @Override
  public long getGone() {
    return count(DeliveryClaims.Result.GONE);
  }

  @Override
  public long getLeaseLost() {
    return count(DeliveryClaims.Result.LEASE_LOST);
  }

  @Override
  public long getAttempts() {
    return attempts.get();
  }

  @Override
  public long getAttemptMeanMillis() {
    long n = attempts.get();
    return n == 0 ? 0 : attemptMillis.get() / n;
  }

  @Override
  public long getAttemptMaxMillis() {
    return attemptMaxMillis.get();
  }

  @Override
  public int getInFlight() {
    return inFlight.getAsInt();
  }

  @Override
  public long getBacklog() {
    return backlog.get().due();
  }

  @Override
  public long getOldestDueAgeSeconds() {
    Instant oldest = backlog.get().oldestDueAt();
    if (oldest == null) {
      return 0;
    }
    return Math.max(0, Duration.between(oldest, Instant.now(clock)).toSeconds());
  }
}
