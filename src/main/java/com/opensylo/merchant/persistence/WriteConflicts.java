package com.opensylo.merchant.persistence;

import com.opensylo.merchant.domain.ConcurrentWriteException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Locale;

/**
 * Flushes pending inserts and turns a collision with a concurrent request into {@link
 * ConcurrentWriteException}: one of ingestion's unique keys (named, or unnamed as some drivers
 * report them), a lock wait or a deadlock. Anything else is rethrown as it is.
 */
final class WriteConflicts {

  static final List<String> UNIQUE_KEYS =
      List.of("uq_merchant_link_ref", "uq_merchant_link_account", "uq_merchant_submission_payload");

  private WriteConflicts() {}

  static void flush(EntityManager em) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isCollision(e)) {
        throw new ConcurrentWriteException(e);
      }
      throw e;
    }
  }

  static boolean isCollision(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof org.hibernate.exception.ConstraintViolationException violation) {
        String name = violation.getConstraintName();
        return name == null
            || UNIQUE_KEYS.stream().anyMatch(name.toLowerCase(Locale.ROOT)::contains);
      }
      if (t instanceof org.hibernate.exception.LockAcquisitionException
          || t instanceof org.hibernate.PessimisticLockException
          || t instanceof jakarta.persistence.PessimisticLockException
          || t instanceof jakarta.persistence.LockTimeoutException) {
        return true;
      }
    }
    return false;
  }
}
