package com.opensylo.shared.persistence;

/**
 * A write the database refused because it breaks a named constraint (a unique key taken by a
 * concurrent write, a row still referenced). Carries no user-facing text: the service that made the
 * write maps it to its own error.
 */
public class ConstraintConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String constraint;

  public ConstraintConflict(String constraint, Throwable cause) {
    super("constraint " + constraint + " violated", cause);
    this.constraint = constraint;
  }

  /** The constraint's name as the repository knows it ({@code uq_marketplace_user_email}). */
  public String constraint() {
    return constraint;
  }
}
