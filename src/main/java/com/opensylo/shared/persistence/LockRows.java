package com.opensylo.shared.persistence;

import jakarta.persistence.EntityManager;

/**
 * One-row tables that serialise work across nodes sharing a database ({@code identity_startup},
 * {@code sandbox_state}): whoever locks row 1 first does the work, the others wait, then see it.
 */
public final class LockRows {

  private LockRows() {}

  /**
   * Locks row 1 of {@code table} ({@code SELECT … FOR UPDATE}) until the caller's transaction ends.
   * A missing row is refused: locking it would wait for nobody, and the nodes would race again.
   *
   * @param table a table name from code, never from a request
   * @param migration the migration that inserts the row, for the message
   */
  public static void lockRowOne(EntityManager em, String table, String migration) {
    if (em.createNativeQuery("SELECT id FROM " + table + " WHERE id = 1 FOR UPDATE")
        .getResultList()
        .isEmpty()) {
      throw new IllegalStateException(
          "Row 1 of table "
              + table
              + " is missing (migration "
              + migration
              + " inserts it); restore it with INSERT INTO "
              + table
              + " (id) VALUES (1)");
    }
  }
}
