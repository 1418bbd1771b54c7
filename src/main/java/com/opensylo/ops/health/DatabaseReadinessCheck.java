package com.opensylo.ops.health;

import com.opensylo.shared.persistence.SchemaMigrationState;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the schema migration succeeded and the database answers now. A failed migration
 * leaves Liberty reporting the application started, so a JDBC ping alone would call a broken node
 * ready.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/appDS")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("database")
            .withData("migration", SchemaMigrationState.status().name());
    SchemaMigrationState.version().ifPresent(v -> response.withData("schemaVersion", v));
    if (SchemaMigrationState.status() != SchemaMigrationState.Status.MIGRATED) {
      SchemaMigrationState.failure().ifPresent(f -> response.withData("failure", f));
      return response.down().build();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
      response.withData("product", connection.getMetaData().getDatabaseProductName());
      return response.status(valid).build();
    } catch (SQLException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
