package com.opensylo.shared.persistence;

import com.opensylo.shared.error.ConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Turns a violated constraint into a 409 while the transaction is still running. A
 * check-then-insert cannot stop two nodes writing the same unique value at once; the database can,
 * but reports it only when the statement runs, and at commit it would surface as a bland 500.
 * Flushing inside the transaction makes it a clear {@link ConflictException}. Also used for foreign
 * keys: deleting a row that another still references.
 */
public final class ConstraintConflicts {

  private ConstraintConflicts() {}

  /**
   * Flushes pending writes; if that violates {@code constraint} (by name, any case; or a constraint
   * the driver did not name) the caller gets {@code 409 code message}. Anything else is rethrown.
   */
  public static void flushOrConflict(
      EntityManager em, String constraint, String code, String message) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (violates(e, constraint.toLowerCase(Locale.ROOT))) {
        throw new ConflictException(code, message);
      }
      throw e;
    }
  }

  private static boolean violates(Throwable e, String constraint) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConstraintViolationException violation) {
        String name = violation.getConstraintName();
        return name == null || name.toLowerCase(Locale.ROOT).contains(constraint);
      }
    }
    return false;
  }
}
