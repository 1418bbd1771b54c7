package com.opensylo.shared.persistence;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Applies the Flyway migrations of {@code db/migration} on the persistence unit's own data source
 * while Hibernate builds its session factory. Liberty builds the persistence unit (and runs
 * Hibernate's schema validation) before any CDI start-up observer or servlet listener, so this is
 * the one hook that runs early enough. Registered in {@code META-INF/services}. Several nodes
 * starting together are serialised by Flyway's database lock, so each migration is applied once.
 */
public class FlywayMigrationIntegrator implements Integrator {

  private static final Logger LOG = Logger.getLogger(FlywayMigrationIntegrator.class.getName());

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    DataSource dataSource =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    try {
      Flyway flyway =
          Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .validateMigrationNaming(true)
              .placeholders(java.util.Map.of("exact_text", exactText(dataSource)))
              .failOnMissingLocations(true)
              .load();
      MigrateResult result = flyway.migrate();
      String version = currentVersion(flyway, result);
      SchemaMigrationState.migrated(version);
      LOG.info(
          () ->
              "Database schema at version "
                  + version
                  + " ("
                  + result.migrationsExecuted
                  + " migration(s) applied now)");
    } catch (RuntimeException e) {
      SchemaMigrationState.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
      LOG.log(Level.SEVERE, "Database migration failed; the application will report not ready", e);
      throw e;
    }
  }

  /**
   * The schema version read back after migrating, not taken from the result alone: a node that
   * waited on Flyway's lock while another applied the migrations gets the version it saw before
   * waiting as its "initial" one. The result's version if the read-back says nothing.
   */
  static String currentVersion(Flyway flyway, MigrateResult result) {
    String fromResult =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion;
    try {
      MigrationInfo current = flyway.info().current();
      return current == null || current.getVersion() == null
          ? fromResult
          : current.getVersion().getVersion();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not read the schema version back after migrating", e);
      return fromResult;
    }
  }

  /**
   * What a migration writes after a text column whose values are compared exactly (event ids,
   * deduction references): MySQL and MariaDB compare text case- and trailing-space-insensitively
   * under the usual collations, so {@code AbC1} would be a duplicate of {@code abc1}; H2 compares
   * exactly already and knows no column collation.
   */
  static String exactText(DataSource dataSource) {
    try (java.sql.Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("h2")
          ? ""
          : "CHARACTER SET utf8mb4 COLLATE utf8mb4_bin";
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot tell which database this is", e);
    }
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // nothing to release
  }
}
