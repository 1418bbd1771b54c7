package com.opensylo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** HTTP access to the server under test, and checks of the documented error shape. */
public final class Api {

  /** Where the server under test listens. */
  public static final String BASE_URL =
      System.getProperty("opensylo.it.baseUrl", "http://localhost:9080");

  private Api() {}

  /**
   * A request to the server under test; no redirects are followed, so every status is seen as sent.
   */
  public static RequestSpecification request() {
    return RestAssured.given().baseUri(BASE_URL).redirects().follow(false).urlEncodingEnabled(true);
  }

  /**
   * Asserts {@code response} is the SPEC §2 ApiError with this status and code, for this path, and
   * returns its body for further checks.
   */
  public static JsonPath assertApiError(Response response, int status, String code, String path) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/json");
    JsonPath body = response.jsonPath();
    assertThat(body.getBoolean("success")).isFalse();
    assertThat(body.getInt("statusCode")).isEqualTo(status);
    assertThat(body.getString("error")).isNotBlank();
    assertThat(body.getString("message")).isNotBlank();
    assertThat(body.getString("code")).isEqualTo(code);
    assertThat(body.getString("path")).isEqualTo(path);
    Instant timestamp = Instant.parse(body.getString("timestamp"));
    assertThat(timestamp)
        .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(5, ChronoUnit.MINUTES));
    assertThat(body.getString("timestamp"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(body.getString("correlationId")).isEqualTo(response.header("X-Request-Id"));
    assertThat(response.asString()).doesNotContain("Exception").doesNotContain("\tat ");
    return body;
  }
}
