package com.opensylo.sandbox.persistence;

import com.opensylo.shared.persistence.LockRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The sandbox's own rows: the one-row lock ({@code sandbox_state}) that serialises seeding and
 * resets across nodes, and the record of each scheduled reset run ({@code sandbox_reset_run}).
 */
@ApplicationScoped
public class SandboxStateStore {

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  /**
   * Locks the state row until the caller's transaction ends: another node's seed or reset waits
   * here, then sees what this one did.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lock() {
    LockRows.lockRowOne(em, "sandbox_state", "V012");
  }

  /** Whether the reset scheduled for {@code dueAt} has run (on any node). */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean hasRun(Instant dueAt) {
    return !em.createNativeQuery("SELECT due_at FROM sandbox_reset_run WHERE due_at = ?1")
        .setParameter(1, dueAt)
        .getResultList()
        .isEmpty();
  }

  /** Records the reset of {@code dueAt}, run by {@code node}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordRun(Instant dueAt, String node, Instant startedAt, int removedRows) {
    em.createNativeQuery(
            "INSERT INTO sandbox_reset_run (due_at, node, started_at, removed_rows)"
                + " VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, dueAt)
        .setParameter(2, node)
        .setParameter(3, startedAt)
        .setParameter(4, removedRows)
        .executeUpdate();
  }

  /** Stamps the state row after a seed or a reset. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void stamp(Instant now, boolean reset) {
    em.createNativeQuery(
            reset
                ? "UPDATE sandbox_state SET last_reset_at = ?1 WHERE id = 1"
                : "UPDATE sandbox_state SET seeded_at = ?1 WHERE id = 1")
        .setParameter(1, now)
        .executeUpdate();
  }
}
