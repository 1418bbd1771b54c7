package com.opensylo.ops;

import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operators and orchestrators rely on: health, the OpenAPI document and UI, correlation ids.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

  @Test
  void readinessIncludesTheMigratedDatabase() {
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
    assertThat(data.get("schemaVersion")).isNotNull();
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
    assertThat(request().get("/sandbox/info").header("X-Request-Id")).matches("[0-9a-f-]{36}");
    assertThat(
            request()
                .header("X-Request-Id", "trace-abc-123456")
                .get("/sandbox/info")
                .header("X-Request-Id"))
        .isEqualTo("trace-abc-123456");
  }
}
