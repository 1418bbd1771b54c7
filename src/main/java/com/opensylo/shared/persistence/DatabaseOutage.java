package com.opensylo.shared.persistence;

import com.opensylo.shared.error.Causes;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps the log to one line at each end of a database outage, however many requests it costs: a
 * warning when the first request finds the database unreachable, then, once a probe (one
 * connection, {@link Connection#isValid}, every second on the platform's managed scheduler) finds
 * it back, an info line with how long it lasted and how many requests were refused meanwhile.
 * Requests still try the database themselves during the outage, so the node serves again at the
 * first request that succeeds rather than at the next probe.
 */
@ApplicationScoped
public class DatabaseOutage {

  private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
  private static final Duration PROBE_EVERY = Duration.ofSeconds(1);
  private static final int PROBE_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/appDS")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject Clock clock;

  private final AtomicLong refused = new AtomicLong();
  private Instant startedAt;
  private ScheduledFuture<?> probe;

  /** Counts one request refused because of {@code failure}; the first of an outage logs it. */
  public void refused(DatabaseFailure failure, Throwable cause) {
    if (failure == DatabaseFailure.CONTENTION) {
      return; // a lock given up is not an outage: the database answered
    }
    refused.incrementAndGet();
    synchronized (this) {
      if (startedAt != null) {
        return;
      }
      startedAt = Instant.now(clock);
      LOG.warning(
          () ->
              "The database cannot be reached ("
                  + describe(cause)
                  + "); requests that need it are answered 503 with Retry-After until it is back.");
      probe =
          scheduler.scheduleWithFixedDelay(
              this::probe, PROBE_EVERY.toMillis(), PROBE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /**
   * How a failure with no clear cause is to be read: {@link DatabaseFailure#UNREACHABLE} when it
   * came from JDBC and the database does not answer a fresh probe now, else empty (a bug, which
   * stays a 500).
   */
  public Optional<DatabaseFailure> explain(Throwable exception) {
    if (!DatabaseFailure.isJdbcFailure(exception)) {
      return Optional.empty();
    }
    // asked afresh each time: an outage's flag lags its end by up to a probe interval
    return reachable() ? Optional.empty() : Optional.of(DatabaseFailure.UNREACHABLE);
  }

  /** Whether an outage is under way (the first refusal seen, the probe not yet through). */
  public synchronized boolean inProgress() {
    return startedAt != null;
  }

  void probe() {
    if (reachable()) {
      ended();
    }
  }

  private boolean reachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(PROBE_TIMEOUT_SECONDS);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  private void ended() {
    Instant started;
    synchronized (this) {
      if (startedAt == null) {
        return;
      }
      started = startedAt;
      startedAt = null;
      if (probe != null) {
        probe.cancel(false);
        probe = null;
      }
    }
    long count = refused.getAndSet(0);
    Duration lasted = Duration.between(started, Instant.now(clock));
    LOG.info(
        () ->
            "The database is reachable again after "
                + lasted.toMillis() / 100 / 10.0
                + " s; "
                + count
                + " request(s) were refused with 503 meanwhile.");
  }

  @PreDestroy
  synchronized void stop() {
    if (probe != null) {
      probe.cancel(false);
    }
  }

  /** The innermost cause's type and SQLState: enough to tell refused from lost, no secrets. */
  private static String describe(Throwable cause) {
    List<Throwable> chain = Causes.of(cause);
    String state = null;
    for (Throwable t : chain) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        state = sql.getSQLState();
      }
    }
    Throwable root = chain.get(chain.size() - 1);
    return root.getClass().getSimpleName() + (state == null ? "" : ", SQLState " + state);
  }
}
