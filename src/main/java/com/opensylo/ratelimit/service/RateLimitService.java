package com.opensylo.ratelimit.service;

import com.opensylo.ratelimit.domain.RateLimit;
import com.opensylo.ratelimit.domain.RateLimitDecision;
import com.opensylo.shared.error.Causes;
import com.opensylo.shared.persistence.DatabaseFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The rate-limit rule of the partner API (SPEC §10): per client, fixed minute and hour windows
 * aligned to the clock, the limits of the client's environment ({@link RateLimitSettings}), counted
 * in the database so the limit is the same across all nodes. A check that meets a concurrent one in
 * the database (a deadlock broken, two first requests of a window inserting it at once) runs again,
 * a few times; a database that cannot be reached fails the request like any other (503).
 */
@ApplicationScoped
public class RateLimitService {

  private static final int ATTEMPTS = 5;

  @Inject ClientEnvironments environments;
  @Inject RateLimitSettings settings;
  @Inject RateLimitCounter counter;
  @Inject Clock clock;

  /**
   * Counts one request of {@code clientId} and says whether it is admitted; empty when no limit
   * applies to the client (a PRODUCTION client while its limits are off, an unknown client).
   */
  public Optional<RateLimitDecision> check(String clientId) {
    List<RateLimit> limits = environments.of(clientId).map(settings::limitsFor).orElse(List.of());
    if (limits.isEmpty()) {
      return Optional.empty();
    }
    Instant now = Instant.now(clock);
    for (int attempt = 1; ; attempt++) {
      try {
        return Optional.of(counter.count(clientId, limits, now));
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isCollision(e)) {
          throw e;
        }
        pause(attempt);
      }
    }
  }

  /** A lock given up or a duplicate first insert: another check of the same windows ran at once. */
  private static boolean isCollision(RuntimeException e) {
    if (DatabaseFailure.of(e).filter(f -> f == DatabaseFailure.CONTENTION).isPresent()) {
      return true;
    }
    return Causes.of(e).stream()
        .anyMatch(
            t ->
                t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23"));
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
