package com.opensylo.shared.persistence;

import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.Optional;

/**
 * Reading at most one row. The rows are read as a list, never with {@code getResultStream()}:
 * Hibernate serves a stream with a scrollable cursor, which holds the connection's result set open
 * until the stream is closed, and nobody closes a stream that ends in {@code findFirst()}.
 */
public final class Queries {

  private Queries() {}

  /** The first row of {@code query}, if any (the query is limited to one row). */
  public static <T> Optional<T> first(TypedQuery<T> query) {
    return query.setMaxResults(1).getResultList().stream().findFirst();
  }

  /**
   * The first row of {@code query}, if any, locked ({@code SELECT … FOR UPDATE}) until the
   * transaction ends. For queries on a unique key: no row limit is added, as some databases refuse
   * one beside a lock.
   */
  public static <T> Optional<T> firstForUpdate(TypedQuery<T> query) {
    return query.setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream().findFirst();
  }
}
