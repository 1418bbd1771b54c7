package com.opensylo.shared.persistence;

import com.opensylo.shared.error.Causes;
import com.opensylo.shared.error.ConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Turns a violated constraint into a clear exception while the transaction is still running. A
 * check-then-insert cannot stop two nodes writing the same unique value at once; the database can,
 * but reports it only when the statement runs, and at commit it would surface as a bland 500.
 * Flushing inside the transaction makes it a {@link ConstraintConflict}, which the service maps to
 * its own 409. Also used for foreign keys: deleting a row that another still references.
 */
public final class ConstraintConflicts {

  private ConstraintConflicts() {}

  /**
   * Flushes pending writes; if that violates {@code constraint} (by name, any case; or a constraint
   * the driver did not name) it throws {@link ConstraintConflict}. Anything else is rethrown. The
   * transaction can then only roll back.
   */
  public static void flush(EntityManager em, String constraint) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (violates(e, constraint.toLowerCase(Locale.ROOT))) {
        throw new ConstraintConflict(constraint, e);
      }
      throw e;
    }
  }

  /**
   * Runs a native statement that can break only its table's primary key (an INSERT of a claim): any
   * constraint it violates is that key (drivers name it differently: MySQL says {@code PRIMARY}),
   * so it throws {@link ConstraintConflict} for {@code table}.
   */
  public static int executeClaim(jakarta.persistence.Query statement, String table) {
    try {
      return statement.executeUpdate();
    } catch (PersistenceException e) {
      if (Causes.find(e, ConstraintViolationException.class).isPresent()) {
        throw new ConstraintConflict(table, e);
      }
      throw e;
    }
  }

  /**
   * {@link #flush}, with the conflict answered as {@code 409 code message} directly: for a
   * repository whose service does not map {@link ConstraintConflict} yet.
   */
  public static void flushOrConflict(
      EntityManager em, String constraint, String code, String message) {
    try {
      flush(em, constraint);
    } catch (ConstraintConflict e) {
      throw new ConflictException(code, message);
    }
  }

  private static boolean violates(Throwable e, String constraint) {
    return Causes.find(e, ConstraintViolationException.class)
        .map(
            violation ->
                violation.getConstraintName() == null
                    || violation.getConstraintName().toLowerCase(Locale.ROOT).contains(constraint))
        .orElse(false);
  }
}
