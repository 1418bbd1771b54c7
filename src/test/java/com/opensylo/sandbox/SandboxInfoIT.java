package com.opensylo.sandbox;

import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /sandbox/info} answers exactly the SPEC §10 document, without authentication. */
@ExtendWith(ArquillianExtension.class)
class SandboxInfoIT {

  @Test
  void infoMatchesTheSpec() {
    Response response = request().get("/sandbox/info");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    JsonPath body = response.jsonPath();
    assertThat(body.getMap(""))
        .containsOnlyKeys(
            "enabled",
            "environment",
            "version",
            "limitations",
            "documentationUrl",
            "rateLimits",
            "tokenExpiryDays");
    assertThat(body.getBoolean("enabled")).isTrue();
    assertThat(body.getString("environment")).isEqualTo("sandbox");
    assertThat(body.getString("version")).isEqualTo("1.0.0");
    assertThat(body.getList("limitations", String.class))
        .hasSize(4)
        .allSatisfy(l -> assertThat(l).isNotBlank());
    assertThat(body.getString("documentationUrl")).startsWith("https://");
    assertThat(body.getMap("rateLimits")).containsOnlyKeys("requestsPerMinute", "requestsPerHour");
    assertThat(body.getInt("rateLimits.requestsPerMinute")).isEqualTo(120);
    assertThat(body.getInt("rateLimits.requestsPerHour")).isEqualTo(3600);
    assertThat(body.getInt("tokenExpiryDays")).isEqualTo(7);
  }
}
