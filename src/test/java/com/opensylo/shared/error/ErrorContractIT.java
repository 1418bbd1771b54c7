package com.opensylo.shared.error;

import static com.opensylo.testsupport.Api.assertApiError;
import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.opensylo.testsupport.Api;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of bad request answers its documented 4xx in the one ApiError shape; the unexpected
 * answers 500.
 */
@ExtendWith(ArquillianExtension.class)
class ErrorContractIT {

  private static final String VALID =
      "{\"name\":\"a\",\"redirect_uris\":[\"https://x\"],\"item\":{\"gmv30Days\":1}}";

  @Test
  void validBodyIsAccepted() {
    Response response = request().contentType(ContentType.JSON).body(VALID).post("/__probe/echo");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getString("redirect_uris[0]")).isEqualTo("https://x");
  }

  @Test
  void requestBodiesAreValidatedWithoutAskingJakartaPersistence() {
    // META-INF/validation.xml: the default resolver's JPA look-ups were 40 % of a webhook's
    // validation
    Response response = request().get("/__probe/traversable-resolver");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.asString()).isEqualTo("com.opensylo.shared.web.EveryPropertyReachable");
  }

  @Test
  void unknownPathIs404() {
    assertApiError(request().get("/no/such/path"), 404, "NOT_FOUND", "/no/such/path");
  }

  @Test
  void wrongMethodIs405() {
    assertApiError(request().delete("/sandbox/info"), 405, "METHOD_NOT_ALLOWED", "/sandbox/info");
  }

  @Test
  void malformedJsonIs400() {
    Response response =
        request().contentType(ContentType.JSON).body("{\"name\": \"a\",").post("/__probe/echo");
    assertApiError(response, 400, "MALFORMED_JSON", "/__probe/echo");
  }

  @Test
  void wrongJsonTypeIs400() {
    Response response =
        request()
            .contentType(ContentType.JSON)
            .body(
                "{\"name\":\"a\",\"redirect_uris\":[\"https://x\"],\"item\":{\"gmv30Days\":\"lots\"}}")
            .post("/__probe/echo");
    assertApiError(response, 400, "MALFORMED_JSON", "/__probe/echo");
  }

  @Test
  void wrongContentTypeIs415() {
    Response response = request().contentType("text/plain").body(VALID).post("/__probe/echo");
    assertApiError(response, 415, "UNSUPPORTED_MEDIA_TYPE", "/__probe/echo");
  }

  @Test
  void declaredOversizedBodyIs413() {
    byte[] body = oversizedJson();
    Response response = request().contentType(ContentType.JSON).body(body).post("/__probe/echo");
    assertApiError(response, 413, "PAYLOAD_TOO_LARGE", "/__probe/echo");
  }

  @Test
  void chunkedOversizedBodyIs413() throws Exception {
    // A body of unknown length goes out chunked, so only the streaming limit can catch it.
    HttpRequest chunked =
        HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/__probe/echo"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(oversizedJson())))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    JsonPath body = new JsonPath(response.body());
    assertThat(body.getString("code")).isEqualTo("PAYLOAD_TOO_LARGE");
    assertThat(body.getString("path")).isEqualTo("/__probe/echo");
  }

  @Test
  void validationFailuresNameEveryFieldByItsJsonPath() {
    Response response =
        request()
            .contentType(ContentType.JSON)
            .body("{\"name\":\" \",\"redirect_uris\":[\"\"],\"item\":{\"gmv30Days\":-5}}")
            .post("/__probe/echo");
    JsonPath body = assertApiError(response, 400, "VALIDATION_FAILED", "/__probe/echo");
    List<Map<String, String>> details = body.getList("details");
    assertThat(details)
        .extracting(d -> d.get("field"), d -> d.get("message"))
        .containsExactly(
            tuple("item.gmv30Days", "must be greater than or equal to 0"),
            tuple("name", "must not be blank"),
            tuple("redirect_uris[0]", "must not be blank"));
  }

  @Test
  void missingBodyIs400() {
    Response response = request().contentType(ContentType.JSON).post("/__probe/echo");
    JsonPath body = assertApiError(response, 400, "MALFORMED_JSON", "/__probe/echo");
    assertThat(body.getString("message")).contains("missing");
  }

  @Test
  void invalidQueryParameterIsNamed() {
    Response response = request().queryParam("size", 1000).get("/__probe/page");
    JsonPath body = assertApiError(response, 400, "VALIDATION_FAILED", "/__probe/page");
    assertThat(body.getString("details[0].field")).isEqualTo("size");
  }

  @Test
  void queryParameterOfTheWrongTypeIs400NotA404() {
    Response response = request().queryParam("size", "ten").get("/__probe/page");
    assertApiError(response, 400, "INVALID_PARAMETER", "/__probe/page");
  }

  @Test
  void unexpectedFailureIs500WithCorrelationIdAndNoInternals() {
    Response response = request().header("X-Request-Id", "probe-boom-12345").get("/__probe/boom");
    JsonPath body = assertApiError(response, 500, "INTERNAL_ERROR", "/__probe/boom");
    assertThat(body.getString("correlationId")).isEqualTo("probe-boom-12345");
    assertThat(response.asString()).doesNotContain("hunter2").doesNotContain("internal detail");
  }

  @Test
  void unsafeCorrelationIdIsReplaced() {
    Response response =
        request().header("X-Request-Id", "bad id\" with spaces").get("/no/such/path");
    assertThat(response.header("X-Request-Id")).matches("[0-9a-f-]{36}");
  }

  private static byte[] oversizedJson() {
    StringBuilder json = new StringBuilder("{\"name\":\"");
    json.append("x".repeat(5 * 1024 * 1024));
    json.append("\",\"redirect_uris\":[\"https://x\"],\"item\":{\"gmv30Days\":1}}");
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }
}
