package com.opensylo.shared.error;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An exception's cause chain, outermost first: what the error mappers read, because by the time a
 * failure reaches a resource it sits under the container's, Hibernate's and the transaction
 * manager's wrappers. An {@link SQLException} without a cause continues with its next exception.
 * Bounded and safe against cycles ({@link Throwable#initCause} refuses only a cause that is the
 * exception itself, not a loop of two).
 */
public final class Causes {

  private static final int MAX_DEPTH = 64;

  private Causes() {}

  /** {@code exception} and its causes; empty for null. */
  public static List<Throwable> of(Throwable exception) {
    List<Throwable> chain = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = exception; t != null && chain.size() < MAX_DEPTH && seen.add(t); ) {
      chain.add(t);
      t =
          t.getCause() == null && t instanceof SQLException sql
              ? sql.getNextException()
              : t.getCause();
    }
    return chain;
  }

  /** The outermost exception of the chain that is a {@code type}. */
  public static <T extends Throwable> Optional<T> find(Throwable exception, Class<T> type) {
    return of(exception).stream().filter(type::isInstance).map(type::cast).findFirst();
  }
}
