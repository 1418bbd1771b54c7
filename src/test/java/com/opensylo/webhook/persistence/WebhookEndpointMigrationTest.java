package com.opensylo.webhook.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V007 moves each marketplace's webhook settings and secret out of {@code marketplace} into {@code
 * webhook_endpoint} unchanged. Runs on an in-memory H2 in the server's MariaDB mode; {@code
 * -Dmigration.test.url=… -Dmigration.test.user=… -Dmigration.test.password=…} runs it against an
 * empty MariaDB database instead.
 */
class WebhookEndpointMigrationTest {

  private static final String H2 =
      "jdbc:h2:mem:v007_"
          + UUID.randomUUID()
          + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
          + ";DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  private final String url = System.getProperty("migration.test.url", H2);
  private final String user = System.getProperty("migration.test.user", "sa");
  private final String password = System.getProperty("migration.test.password", "");

  private Flyway flyway(String target) {
    return Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .target(target)
        .load();
  }

  @Test
  void existingSettingsAndSecretsMoveToWebhookEndpoint() throws SQLException {
    flyway("6").migrate();
    try (Connection db = DriverManager.getConnection(url, user, password);
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "INSERT INTO oauth_client (id, client_id, client_name, client_type, redirect_uris,"
              + " allowed_scopes, allowed_origins, is_first_party, enabled, environment,"
              + " created_at, updated_at, version) VALUES"
              + " ('c1000000-0000-0000-0000-000000000000', 'a_client_00000001', 'A', 'CONFIDENTIAL',"
              + " 'https://a.example/cb', 'credit.score.read', '', FALSE, TRUE, 'PRODUCTION',"
              + " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0),"
              + " ('c2000000-0000-0000-0000-000000000000', 'b_client_00000002', 'B', 'CONFIDENTIAL',"
              + " 'https://b.example/cb', 'credit.score.read', '', FALSE, TRUE, 'SANDBOX',"
              + " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0)");
      sql.executeUpdate(
          "INSERT INTO marketplace (id, platform_name, display_name, default_currency, environment,"
              + " status, client_pk, webhook_url, webhook_enabled, webhook_secret,"
              + " webhook_secret_rotated_at, created_at, updated_at, version) VALUES"
              + " ('a0000000-0000-0000-0000-000000000000', 'a', 'A', 'NGN', 'PRODUCTION', 'ACTIVE',"
              + " 'c1000000-0000-0000-0000-000000000000', 'https://hooks.a.example/x', FALSE,"
              + " 'sealed-a', '2026-02-01 10:00:00.123456', '2026-01-01 09:00:00',"
              + " '2026-02-01 10:00:00.123456', 3),"
              + " ('b0000000-0000-0000-0000-000000000000', 'b', 'B', 'KES', 'SANDBOX', 'SUSPENDED',"
              + " 'c2000000-0000-0000-0000-000000000000', NULL, TRUE, 'sealed-b',"
              + " '2026-01-05 00:00:00', '2026-01-05 00:00:00', '2026-01-06 00:00:00', 1)");
    }

    flyway("7").migrate();

    try (Connection db = DriverManager.getConnection(url, user, password);
        Statement sql = db.createStatement()) {
      assertThat(
              rows(
                  sql,
                  "SELECT marketplace_id, url, enabled, secret, secret_rotated_at, created_at,"
                      + " updated_at, version FROM webhook_endpoint ORDER BY marketplace_id"))
          .containsExactly(
              List.of(
                  "a0000000-0000-0000-0000-000000000000",
                  "https://hooks.a.example/x",
                  "false",
                  "sealed-a",
                  "2026-02-01 10:00:00.123456",
                  "2026-01-01 09:00:00.0",
                  "2026-02-01 10:00:00.123456",
                  "0"),
              List.of(
                  "b0000000-0000-0000-0000-000000000000",
                  "null",
                  "true",
                  "sealed-b",
                  "2026-01-05 00:00:00.0",
                  "2026-01-05 00:00:00.0",
                  "2026-01-06 00:00:00.0",
                  "0"));
      assertThat(columns(sql, "marketplace"))
          .contains("platform_name", "client_pk")
          .noneMatch(column -> column.startsWith("webhook"));
      sql.executeUpdate(
          "DELETE FROM marketplace WHERE id = 'b0000000-0000-0000-0000-000000000000'");
      assertThat(rows(sql, "SELECT marketplace_id FROM webhook_endpoint"))
          .containsExactly(List.of("a0000000-0000-0000-0000-000000000000"));
    }
  }

  private static List<String> columns(Statement sql, String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs = sql.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        names.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  private static List<List<String>> rows(Statement sql, String query) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (ResultSet rs = sql.executeQuery(query)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(String.valueOf(rs.getObject(i)));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
