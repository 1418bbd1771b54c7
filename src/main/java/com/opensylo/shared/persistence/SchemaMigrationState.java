package com.opensylo.shared.persistence;

import java.util.Optional;

/**
 * The outcome of the start-up migration. Held statically because it is produced inside Hibernate's
 * boot (by {@link FlywayMigrationIntegrator}, which CDI does not manage) and read later by the
 * readiness check.
 */
public final class SchemaMigrationState {

  /** Where the migration stands. */
  public enum Status {
    NOT_RUN,
    MIGRATED,
    FAILED
  }

  private static volatile Status status = Status.NOT_RUN;
  private static volatile String version;
  private static volatile String failure;

  private SchemaMigrationState() {}

  static void migrated(String schemaVersion) {
    version = schemaVersion;
    failure = null;
    status = Status.MIGRATED;
  }

  static void failed(String reason) {
    failure = reason;
    status = Status.FAILED;
  }

  public static Status status() {
    return status;
  }

  /** The schema version after migration, e.g. {@code "001"}. */
  public static Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /** Why the migration failed, when it did (a class name and message; never connection secrets). */
  public static Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}
