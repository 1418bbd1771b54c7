package com.opensylo.shared.persistence;

import com.opensylo.shared.error.Causes;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * What an exception says about the database, when it says it was unavailable rather than that the
 * request was wrong: the application cannot reach it, it gave up on a lock, or the commit's outcome
 * is unknown. Read from the whole cause chain, because by the time it reaches a resource the SQL
 * error sits under Hibernate's and the transaction manager's wrappers ({@link Causes}). Classified
 * by the JDBC exception types and SQLStates the drivers use (class {@code 08} is a connection
 * exception, {@code 40001} a serialization failure or deadlock) and by MySQL/MariaDB error codes
 * (1205 lock wait timeout, 1213 deadlock), so no driver class is named.
 */
public enum DatabaseFailure {
  /** No connection could be had or the one in use broke: the transaction did not commit. */
  UNREACHABLE,
  /** A lock wait timed out or a deadlock was broken: the transaction was rolled back. */
  CONTENTION,
  /**
   * The transaction manager could not tell how the commit ended (heuristic outcome, system error):
   * the change may or may not have been applied.
   */
  OUTCOME_UNKNOWN;

  private static final Set<Integer> CONTENTION_ERRORS = Set.of(1205, 1213);
  private static final String JDBC_EXCEPTION = "org.hibernate.JDBCException";

  /** How {@code exception} (or one of its causes) says the database failed, if it does. */
  public static Optional<DatabaseFailure> of(Throwable exception) {
    boolean unreachable = false;
    boolean contention = false;
    boolean atCommit = false;
    for (Throwable t : Causes.of(exception)) {
      String type = t.getClass().getName();
      if (type.equals("jakarta.transaction.HeuristicMixedException")
          || type.equals("jakarta.transaction.SystemException")) {
        atCommit = true;
      }
      if (type.equals("org.hibernate.exception.JDBCConnectionException")) {
        unreachable = true;
      }
      if (type.equals("org.hibernate.exception.LockAcquisitionException")
          || type.equals("org.hibernate.PessimisticLockException")
          || type.equals("jakarta.persistence.LockTimeoutException")
          || type.equals("jakarta.persistence.PessimisticLockException")) {
        contention = true;
      }
      if (t instanceof SQLException sql) {
        unreachable |= isConnectionFailure(sql);
        contention |= isContention(sql);
      }
    }
    if (atCommit) {
      return Optional.of(OUTCOME_UNKNOWN);
    }
    if (unreachable) {
      return Optional.of(UNREACHABLE);
    }
    return contention ? Optional.of(CONTENTION) : Optional.empty();
  }

  /**
   * Whether {@code exception} came from JDBC at all (an SQL error under any wrapper) without saying
   * why: after a connection breaks, the statements on it fail with generic errors ("No operations
   * allowed after statement closed", SQLState S1009) that only a look at the database can explain.
   */
  public static boolean isJdbcFailure(Throwable exception) {
    return Causes.of(exception).stream()
        .anyMatch(t -> t instanceof SQLException || t.getClass().getName().equals(JDBC_EXCEPTION));
  }

  private static boolean isConnectionFailure(SQLException sql) {
    String state = sql.getSQLState();
    return sql instanceof SQLTransientConnectionException
        || sql instanceof SQLNonTransientConnectionException
        || sql instanceof SQLRecoverableException
        || (state != null && state.startsWith("08"));
  }

  private static boolean isContention(SQLException sql) {
    return sql instanceof SQLTransactionRollbackException
        || "40001".equals(sql.getSQLState())
        || CONTENTION_ERRORS.contains(sql.getErrorCode());
  }
}
