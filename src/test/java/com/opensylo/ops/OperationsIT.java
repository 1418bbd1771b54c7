package com.opensylo.ops;

import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.Api;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operators and orchestrators rely on: health, the OpenAPI document and UI, correlation ids.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

  @Test
  void readinessIncludesTheMigratedDatabase() throws IOException {
    Response response = request().get("/health/ready");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    JsonPath body = response.jsonPath();
    assertThat(body.getString("status")).isEqualTo("UP");
    List<Map<String, Object>> checks = body.getList("checks");
    Map<String, Object> database =
        checks.stream().filter(c -> "database".equals(c.get("name"))).findFirst().orElseThrow();
    assertThat(database.get("status")).isEqualTo("UP");
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) database.get("data");
    assertThat(data.get("migration")).isEqualTo("MIGRATED");
    assertThat(data.get("schemaVersion")).isEqualTo(latestMigrationVersion());
  }

  /**
   * The version of the newest migration in {@code db/migration} as Flyway reports it ({@code
   * V006__x.sql} is {@code "006"}), read from the files so a new migration needs no test change.
   */
  private static String latestMigrationVersion() throws IOException {
    Pattern versioned = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");
    List<String> versions = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
      files
          .map(f -> versioned.matcher(f.getFileName().toString()))
          .filter(Matcher::matches)
          .forEach(m -> versions.add(m.group(1).replace('_', '.')));
    }
    assertThat(versions).as("migrations in db/migration").isNotEmpty();
    return versions.stream().max(OperationsIT::compareVersions).orElseThrow();
  }

  private static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      BigInteger left = i < x.length ? new BigInteger(x[i]) : BigInteger.ZERO;
      BigInteger right = i < y.length ? new BigInteger(y[i]) : BigInteger.ZERO;
      if (left.compareTo(right) != 0) {
        return left.compareTo(right);
      }
    }
    return 0;
  }

  @Test
  void livenessIsUp() {
    Response response = request().get("/health/live");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getString("status")).isEqualTo("UP");
    assertThat(response.jsonPath().getList("checks.name")).contains("heap");
  }

  @Test
  void openApiDocumentDescribesTheApi() {
    Response response = request().accept("application/json").get("/openapi");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonPath doc = response.jsonPath();
    assertThat(doc.getString("info.title")).isEqualTo("OpenSylo Marketplace Platform API");
    assertThat(doc.getMap("paths")).containsKeys("/sandbox/info", "/v1/admin/whoami");
  }

  @Test
  void openApiUiIsServed() {
    Response response = request().get("/openapi/ui/");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.asString()).containsIgnoringCase("<html");
  }

  @Test
  void everyResponseCarriesACorrelationIdAndEchoesASafeOne() {
    assertThat(request().get("/sandbox/info").header("X-Request-Id"))
        .matches(Api.GENERATED_REQUEST_ID);
    assertThat(
            request()
                .header("X-Request-Id", "trace-abc-123456")
                .get("/sandbox/info")
                .header("X-Request-Id"))
        .isEqualTo("trace-abc-123456");
  }
}
