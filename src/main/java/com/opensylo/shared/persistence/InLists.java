package com.opensylo.shared.persistence;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Iterator;

/**
 * {@code IN} lists whose query plans Hibernate keeps. A list bound to one parameter ({@code in
 * :refs}) makes Hibernate build the query's SQL again from its parsed form on every execution: it
 * caches no plan for a query with a multi-valued binding. Ingestion runs three such lookups of up
 * to 500 values per bulk request, and their translation was a tenth of the request's server CPU
 * (JFR, {@code ConcreteSqmSelectQueryPlan.buildInterpretation}).
 *
 * <p>Here a list becomes that many single parameters, {@code :refs0, :refs1, …}, their number
 * rounded up to a power of two (the last value repeated to fill it; {@code IN} ignores repetition).
 * A query then has one text, and one cached plan, per size class: at most ten for 500 values. This
 * is Hibernate's own {@code in_clause_parameter_padding} idea, done where the plan can also be
 * cached.
 */
public final class InLists {

  private InLists() {}

  /** {@code :name0, :name1, …} for {@code size} values (at least one), padded. */
  public static String parameters(String name, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("an IN list needs at least one value");
    }
    int padded = padded(size);
    StringBuilder list = new StringBuilder(padded * (name.length() + 6));
    for (int i = 0; i < padded; i++) {
      list.append(i == 0 ? ":" : ", :").append(name).append(i);
    }
    return list.toString();
  }

  /**
   * Binds {@code values} (not empty) to the parameters {@link #parameters} wrote for their number.
   */
  public static <Q extends Query> Q bind(Q query, String name, Collection<?> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("an IN list needs at least one value");
    }
    int padded = padded(values.size());
    Iterator<?> each = values.iterator();
    Object last = null;
    for (int i = 0; i < padded; i++) {
      if (each.hasNext()) {
        last = each.next();
      }
      query.setParameter(name + i, last);
    }
    return query;
  }

  static int padded(int size) {
    return size <= 1 ? 1 : Integer.highestOneBit(size - 1) << 1;
  }
}
