package com.opensylo.webhook.service;

import com.opensylo.webhook.domain.WebhookDeliveryRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * What the outbound webhook worker of this node has done, as MicroProfile Metrics in the
 * application registry ({@code /metrics?scope=application}): attempts by outcome, their latency,
 * attempts in flight, and the outbox backlog with the oldest due row's age.
 *
 * <p>The backlog gauges report what the worker's last poll counted (it counts once per poll
 * anyway), so a scrape never queries the database. MicroProfile Metrics rather than OpenTelemetry
 * instruments: the metrics API is a spec API in Liberty, visible to the application as deployed by
 * {@code liberty:deploy} and by the Arquillian suite alike, while the OpenTelemetry API needs a
 * {@code <webApplication>} class-loader setting that an Arquillian deployment cannot carry.
 */
@ApplicationScoped
public class WebhookMetrics {

  /** Counter, tag {@code outcome}: one of {@link DeliveryClaims.Result} in lower case. */
  public static final String ATTEMPTS = "webhook.delivery.attempts";

  /** Timer: how long each attempt took, whatever its outcome. */
  public static final String ATTEMPT_DURATION = "webhook.delivery.attempt.duration";

  /** Gauge: attempts under way on this node now. */
  public static final String IN_FLIGHT = "webhook.delivery.in.flight";

  /** Gauge: outbox rows due for an attempt (to an enabled endpoint), as the last poll saw them. */
  public static final String BACKLOG = "webhook.outbox.due";

  /** Gauge: how long the oldest due row has been due, in seconds (0 with no backlog). */
  public static final String OLDEST_DUE_AGE = "webhook.outbox.oldest.due.age";

  @Inject MetricRegistry registry;
  @Inject Clock clock;

  private final Map<DeliveryClaims.Result, Counter> attempts =
      new EnumMap<>(DeliveryClaims.Result.class);
  private final AtomicReference<WebhookDeliveryRepository.Backlog> backlog =
      new AtomicReference<>(new WebhookDeliveryRepository.Backlog(0, null));
  private Timer duration;
  private volatile IntSupplier inFlight = () -> 0;

  /** Registers the metrics at start-up, also on a node whose worker is off (they stay at zero). */
  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // an observer method instantiates the bean, which runs register()
  }

  @PostConstruct
  void register() {
    Metadata attempted =
        Metadata.builder()
            .withName(ATTEMPTS)
            .withDescription(
                "Outbound webhook attempts by outcome: delivered (2xx), retry (failed, tried again),"
                    + " failed (the last attempt failed), gone (410, endpoint disabled), lease_lost"
                    + " (another claim had taken the row over)")
            .build();
    // every outcome from the start, at zero, so a rate over any of them is defined before it first
    // happens
    for (DeliveryClaims.Result result : DeliveryClaims.Result.values()) {
      attempts.put(
          result,
          registry.counter(attempted, new Tag("outcome", result.name().toLowerCase(Locale.ROOT))));
    }
    duration =
        registry.timer(
            Metadata.builder()
                .withName(ATTEMPT_DURATION)
                .withDescription("How long an outbound webhook attempt took, whatever its outcome")
                .withUnit(MetricUnits.SECONDS)
                .build());
    registry.gauge(
        Metadata.builder()
            .withName(IN_FLIGHT)
            .withDescription("Outbound webhook attempts under way on this node")
            .build(),
        this,
        m -> m.inFlight.getAsInt());
    registry.gauge(
        Metadata.builder()
            .withName(BACKLOG)
            .withDescription(
                "Outbox rows due for an attempt to an enabled endpoint, at the worker's last poll")
            .build(),
        this,
        m -> m.backlog.get().due());
    registry.gauge(
        Metadata.builder()
            .withName(OLDEST_DUE_AGE)
            .withDescription(
                "How long the oldest due outbox row has been due (0 without a backlog), from the"
                    + " worker's last poll")
            .withUnit(MetricUnits.SECONDS)
            .build(),
        this,
        WebhookMetrics::oldestDueAgeSeconds);
  }

  void inFlight(IntSupplier count) {
    this.inFlight = count;
  }

  void attempted(DeliveryClaims.Result result, long durationMs) {
    attempts.get(result).inc();
    duration.update(Duration.ofMillis(durationMs));
  }

  void backlog(WebhookDeliveryRepository.Backlog seen) {
    backlog.set(seen);
  }

  private long oldestDueAgeSeconds() {
    Instant oldest = backlog.get().oldestDueAt();
    if (oldest == null) {
      return 0;
    }
    return Math.max(0, Duration.between(oldest, Instant.now(clock)).toSeconds());
  }
}
