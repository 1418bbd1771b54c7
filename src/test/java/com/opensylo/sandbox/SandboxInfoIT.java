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
        .containsExactly(
            "Simulated credit scores for the five test merchants",
            "No real money moves: loans and repayments are simulated",
            "Data is reset daily at 02:00 UTC",
            "Rate limited to 120 requests per minute and 3600 per hour per client");
    assertThat(body.getString("documentationUrl")).isEqualTo("https://docs.opensylo.com/sandbox");
    assertThat(body.getMap("rateLimits")).containsOnlyKeys("requestsPerMinute", "requestsPerHour");
    assertThat(body.getInt("rateLimits.requestsPerMinute")).isEqualTo(120);
    assertThat(body.getInt("rateLimits.requestsPerHour")).isEqualTo(3600);
    assertThat(body.getInt("tokenExpiryDays")).isEqualTo(7);
  }
}
