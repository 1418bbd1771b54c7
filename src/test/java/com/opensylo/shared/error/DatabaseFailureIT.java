package com.opensylo.shared.error;

import static com.opensylo.testsupport.Api.assertApiError;
import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A request the database could not serve answers 503 with Retry-After in the ApiError shape, saying
 * whether it was applied; an SQL error while the database is fine stays a 500. (The real outage,
 * MariaDB stopped under load, is {@code .ci/db-outage}.)
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseFailureIT {

  private static Response fail(String kind, String requestId) {
    return request()
        .header("X-Request-Id", requestId)
        .queryParam("kind", kind)
        .get("/__probe/database-failure");
  }

  @Test
  void anUnreachableDatabaseIs503WithRetryAfterAndNotApplied() {
    Response response = fail("unreachable", "db-unreachable-1");
    JsonPath body =
        assertApiError(response, 503, "SERVICE_UNAVAILABLE", "/__probe/database-failure");
    assertThat(response.header("Retry-After")).isEqualTo("5");
    assertThat(body.getString("message")).contains("not applied");
    assertThat(body.getString("correlationId")).isEqualTo("db-unreachable-1");
    assertThat(response.header("X-Request-Id")).isEqualTo("db-unreachable-1");
    assertThat(response.asString()).doesNotContain("Connection refused").doesNotContain("08001");
  }

  @Test
  void lockContentionIs503WithAShortRetryAfter() {
    Response response = fail("contention", "db-contention-1");
    JsonPath body =
        assertApiError(response, 503, "SERVICE_UNAVAILABLE", "/__probe/database-failure");
    assertThat(response.header("Retry-After")).isEqualTo("1");
    assertThat(body.getString("message")).contains("not applied");
  }

  @Test
  void aCommitWithAnUnknownOutcomeIsNeverReportedAsApplied() {
    Response response = fail("unknown", "db-unknown-1");
    JsonPath body = assertApiError(response, 503, "OUTCOME_UNKNOWN", "/__probe/database-failure");
    assertThat(response.header("Retry-After")).isEqualTo("5");
    assertThat(body.getString("message")).contains("may or may not have been applied");
  }

  @Test
  void anUnexplainedSqlErrorWhileTheDatabaseAnswersStaysA500() {
    Response response = fail("generic", "db-generic-1");
    assertApiError(response, 500, "INTERNAL_ERROR", "/__probe/database-failure");
    assertThat(response.header("Retry-After")).isNull();
  }
}
