package com.opensylo.ratelimit.persistence;

import com.opensylo.ratelimit.domain.RateLimit;
import com.opensylo.ratelimit.domain.RateLimitCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * {@link RateLimitCounts} in native SQL (no entity: the rows are counters, never loaded as
 * objects). Every statement runs unchanged on H2 in MariaDB mode, MariaDB and MySQL.
 */
@ApplicationScoped
public class JpaRateLimitCounts implements RateLimitCounts {

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public int lock(String clientId, RateLimit limit, long windowStart) {
    // ON DUPLICATE KEY UPDATE rather than INSERT IGNORE: on an existing row it takes the exclusive
    // lock at once, where INSERT IGNORE takes a shared one that two waiting requests would both
    // have to upgrade (a deadlock). A new window is created by whichever request comes first.
    em.createNativeQuery(
            "INSERT INTO rate_limit_window"
                + " (client_id, window_seconds, window_start, window_end, requests)"
                + " VALUES (?1, ?2, ?3, ?4, 0) ON DUPLICATE KEY UPDATE requests = requests")
        .setParameter(1, clientId)
        .setParameter(2, limit.windowSeconds())
        .setParameter(3, windowStart)
        .setParameter(4, windowStart + limit.windowSeconds())
        .executeUpdate();
    // a locking read sees the latest committed count, whatever snapshot this transaction holds
    Number counted =
        (Number)
            em.createNativeQuery(
                    "SELECT requests FROM rate_limit_window WHERE client_id = ?1"
                        + " AND window_seconds = ?2 AND window_start = ?3 FOR UPDATE")
                .setParameter(1, clientId)
                .setParameter(2, limit.windowSeconds())
                .setParameter(3, windowStart)
                .getSingleResult();
    return counted.intValue();
  }

  @Override
  public void increment(String clientId, RateLimit limit, long windowStart) {
    em.createNativeQuery(
            "UPDATE rate_limit_window SET requests = requests + 1 WHERE client_id = ?1"
                + " AND window_seconds = ?2 AND window_start = ?3")
        .setParameter(1, clientId)
        .setParameter(2, limit.windowSeconds())
        .setParameter(3, windowStart)
        .executeUpdate();
  }

  @Override
  @Transactional
  public int pruneEndedBefore(long epochSecond) {
    return em.createNativeQuery("DELETE FROM rate_limit_window WHERE window_end < ?1")
        .setParameter(1, epochSecond)
        .executeUpdate();
  }
}
