package com.opensylo.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

/** Which failures count as the database being unavailable, read through the wrappers. */
class DatabaseFailureTest {

  @Test
  void aRefusedConnectionUnderHibernateAndJpaIsUnreachable() {
    Throwable e =
        new PersistenceException(
            new JDBCConnectionException(
                "Unable to acquire JDBC Connection",
                new SQLNonTransientConnectionException("Connection refused", "08001")));
    assertThat(DatabaseFailure.of(e)).contains(DatabaseFailure.UNREACHABLE);
  }

  @Test
  void aConnectionLostMidTransactionIsUnreachable() {
    // Connector/J's CommunicationsException is an SQLRecoverableException with SQLState 08S01
    assertThat(
            DatabaseFailure.of(
                new PersistenceException(new SQLRecoverableException("link failure", "08S01"))))
        .contains(DatabaseFailure.UNREACHABLE);
    assertThat(DatabaseFailure.of(new SQLException("Communications link failure", "08S01")))
        .contains(DatabaseFailure.UNREACHABLE);
  }

  @Test
  void anExhaustedPoolIsUnreachable() {
    // Liberty's connection manager: J2CA0045E, a transient connection exception
    assertThat(
            DatabaseFailure.of(
                new PersistenceException(
                    new SQLTransientConnectionException("J2CA0045E: Connection not available"))))
        .contains(DatabaseFailure.UNREACHABLE);
  }

  @Test
  void aDeadlockOrLockWaitTimeoutIsContention() {
    assertThat(
            DatabaseFailure.of(
                new PessimisticLockException(
                    new LockAcquisitionException(
                        "could not execute statement",
                        new SQLException("Deadlock found", "40001", 1213)))))
        .contains(DatabaseFailure.CONTENTION);
    assertThat(DatabaseFailure.of(new SQLException("Lock wait timeout exceeded", "HY000", 1205)))
        .contains(DatabaseFailure.CONTENTION);
  }

  @Test
  void aHeuristicCommitIsAnUnknownOutcomeEvenWithAConnectionFailureBelow() {
    Throwable e = new TransactionalException("commit", new HeuristicMixedException("mixed"));
    e.getCause().initCause(new SQLRecoverableException("link failure", "08S01"));
    assertThat(DatabaseFailure.of(e)).contains(DatabaseFailure.OUTCOME_UNKNOWN);
  }

  @Test
  void aRolledBackCommitWithALostConnectionWasNotApplied() {
    Throwable e = new TransactionalException("commit", new RollbackException("rolled back"));
    e.getCause().initCause(new SQLNonTransientConnectionException("gone", "08003"));
    assertThat(DatabaseFailure.of(e)).contains(DatabaseFailure.UNREACHABLE);
  }

  @Test
  void badRequestsAndBugsAreNotOutages() {
    assertThat(
            DatabaseFailure.of(
                new PersistenceException(
                    new ConstraintViolationException(
                        "duplicate",
                        new SQLIntegrityConstraintViolationException(
                            "Duplicate entry", "23000", 1062),
                        "uq_x"))))
        .isEmpty();
    assertThat(DatabaseFailure.of(new SQLException("syntax", "42000", 1064))).isEmpty();
    assertThat(DatabaseFailure.of(new IllegalStateException("bug"))).isEmpty();
    assertThat(DatabaseFailure.of(null)).isEmpty();
  }

  @Test
  void aCauseCycleEnds() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(DatabaseFailure.of(a)).isEmpty();
  }
}
