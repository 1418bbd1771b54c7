package com.opensylo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** HTTP access to the server under test, and checks of the documented error shape. */
public final class Api {

  /** Where the server under test listens. */
  public static final String BASE_URL =
      System.getProperty("opensylo.it.baseUrl", "http://localhost:9080");

  /** A correlation id the server made up itself (the caller sent none, or an unsafe one). */
  public static final String GENERATED_REQUEST_ID =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  /** The reason phrase of each status the API answers with (SPEC §2 {@code error}). */
  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(409, "Conflict"),
          Map.entry(413, "Request Entity Too Large"),
          Map.entry(414, "Request-URI Too Long"),
          Map.entry(415, "Unsupported Media Type"),
          Map.entry(422, "Unprocessable Content"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(431, "Request Header Fields Too Large"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(503, "Service Unavailable"));

  private Api() {}

  /**
   * What an ApiError's {@code error} may be for {@code status} and {@code code}: the status's
   * reason phrase, or on the identity admin API the code in snake_case ({@code not_found}).
   */
  public static List<String> errorNames(int status, String code) {
    assertThat(REASONS).as("reason phrase known for %s", status).containsKey(status);
    return List.of(REASONS.get(status), code.toLowerCase(Locale.ROOT));
  }

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
    assertThat(body.getString("error")).isIn(errorNames(status, code));
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
