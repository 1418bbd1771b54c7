package com.opensylo.ops;

import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import com.opensylo.testsupport.RawHttp;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sends every operation of the server's own OpenAPI document the hostile input of issue 8: values
 * of the wrong JSON type per body field (from the schema), missing required and extra fields,
 * invalid JSON, a top-level array, trailing text, a deep and an oversize body, a wrong content
 * type, broken percent-encoding in the query, bad path ids, no token and tokens of the wrong kind,
 * and ten identical creates at once. Never a 5xx; every refusal in the endpoint's own error shape
 * (ApiError, RFC 6749 on the token, revocation and introspection endpoints, HTML on the
 * authorization endpoint); nothing stored for a refused request. Operations are read from the
 * document, so a new endpoint is covered as soon as it is documented.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  /** Marks a probe the container answers before the application (see the report of issue 8). */
  private static final String CONTAINER_ANSWER = "(container)";

  private static final int OVERSIZE = 4 * 1024 * 1024 + 1024;

  /** A marketplace with a scored merchant, for the known-good loan application. */
  private static com.opensylo.loan.Lending.Shop lender;

  private static com.opensylo.loan.Lending.Borrower borrower;

  /**
   * Known-good bodies, for "valid except one field" cases where the schema alone cannot say what a
   * server accepts (a unique name, a registered scope); any other operation's body is built from
   * its schema.
   */
  private static final Map<String, Supplier<Map<String, Object>>> EXAMPLES =
      Map.of(
          "POST /v1/admin/merchants",
          () ->
              new LinkedHashMap<>(
                  Map.of(
                      "email",
                      "h-" + UUID.randomUUID() + "@shop.example",
                      "password",
                      "Hostile-Pass-1234",
                      "businessName",
                      "Hostile shop")),
          "POST /v1/admin/oauth-clients",
          () ->
              new LinkedHashMap<>(
                  Map.of(
                      "client_name",
                      "Hostile",
                      "redirect_uris",
                      List.of("https://hostile.example/cb"),
                      "allowed_scopes",
                      List.of("credit.score.read"))),
          "POST /v1/admin/marketplaces",
          () ->
              Marketplaces.onboardingBody(
                  Marketplaces.platformName(),
                  "PRODUCTION",
                  "h-" + UUID.randomUUID() + "@shop.example"),
          "POST /marketplace-dashboard/users",
          () ->
              new LinkedHashMap<>(
                  Map.of(
                      "email",
                      "u-" + UUID.randomUUID() + "@shop.example",
                      "firstName",
                      "Bola",
                      "lastName",
                      "Ade",
                      "password",
                      "User-Pass-123456",
                      "role",
                      "DEVELOPER")),
          "PUT /marketplace-dashboard/webhook",
          () -> new LinkedHashMap<>(Map.of("url", "https://hooks.example/x", "enabled", true)),
          "POST /marketplace-dashboard/login",
          () ->
              new LinkedHashMap<>(
                  Map.of("email", "nobody@shop.example", "password", "Wrong-Pass-12345")),
          "PATCH /v1/admin/oauth-clients/{clientId}",
          () -> new LinkedHashMap<>(Map.of("client_name", "Renamed")),
          "POST /v1/admin/loans",
          () -> com.opensylo.loan.Lending.application(lender, borrower.merchantId(), 100, 10, 10));

  private static JsonPath openApi;
  private static Map<String, String> tokens;
  private static final List<String> failures = new ArrayList<>();

  @BeforeAll
  static void readTheDocumentAndGetTokens() {
    Response document = request().accept("application/json").get("/openapi");
    assertThat(document.statusCode()).isEqualTo(200);
    openApi = document.jsonPath();
    lender = com.opensylo.loan.Lending.shop();
    borrower = com.opensylo.loan.Lending.borrower(lender);
    Marketplaces.Onboarded marketplace = Marketplaces.onboard();
    tokens = new LinkedHashMap<>();
    tokens.put("admin", OAuth.adminToken());
    tokens.put("dashboard", Marketplaces.ownerToken(marketplace));
    tokens.put(
        "partner",
        OAuth.clientCredentials(marketplace.clientId(), marketplace.clientSecret(), null));
  }

  /** One documented operation. */
  record Operation(String method, String path, Map<String, Object> spec) {

    String key() {
      return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    /** Whether the document lists {@code status} among the operation's responses. */
    @SuppressWarnings("unchecked")
    boolean answers(String status) {
      Object responses = spec.get("responses");
      return responses instanceof Map<?, ?> map && map.containsKey(status);
    }

    /** Which error shape the endpoint answers in. */
    String shape() {
      if (path.equals("/oauth/authorize")) {
        return "html";
      }
      if (List.of("/oauth/token", "/oauth/revoke", "/oauth/introspect").contains(path)) {
        return "oauth";
      }
      return "api";
    }

    /** The kind of bearer token the endpoint takes, by the API it belongs to (null: none). */
    String tokenKind() {
      if (path.startsWith("/v1/admin/")) {
        return "admin";
      }
      if (path.startsWith("/marketplace-dashboard/")
          && !path.equals("/marketplace-dashboard/login")) {
        return "dashboard";
      }
      if (path.startsWith("/api/")) {
        return "partner";
      }
      return null;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> content() {
      Object body = spec.get("requestBody");
      if (!(body instanceof Map<?, ?> map) || !(map.get("content") instanceof Map<?, ?> c)) {
        return Map.of();
      }
      return (Map<String, Object>) c;
    }

    boolean takesJson() {
      return content().containsKey("application/json");
    }

    boolean takesForm() {
      return content().containsKey("application/x-www-form-urlencoded");
    }

    boolean hasBody() {
      return !content().isEmpty();
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    Map<String, Object> paths = openApi.getMap("paths");
    paths.forEach(
        (path, item) -> {
          if (path.startsWith("/__probe")) {
            return; // the test-only probe endpoints are not the product
          }
          for (String method : METHODS) {
            Object spec = ((Map<String, Object>) item).get(method);
            if (spec instanceof Map<?, ?> map) {
              operations.add(new Operation(method, path, (Map<String, Object>) map));
            }
          }
        });
    return operations;
  }

  @Test
  void theDocumentListsEveryApiWithItsBodies() {
    List<Operation> operations = operations();
    assertThat(operations).extracting(Operation::key).contains("POST /oauth/token");
    for (Operation op : operations) {
      if (List.of("post", "put", "patch").contains(op.method())
          && !op.path().endsWith("/rotate-secret")
          && !op.path().endsWith("/regenerate-secret")
          && !op.path().endsWith("/suspend")
          && !op.path().endsWith("/reactivate")
          && !op.path().endsWith("/redeliver")
          && !op.path().endsWith("/test")
          && !op.path().endsWith("/logout")
          && !op.path().endsWith("/rotate")
          && !op.path().endsWith("/disburse")
          && !op.path().endsWith("/cancel")
          && !op.path().endsWith("/default")
          && !op.path().endsWith("/write-off")) {
        assertThat(op.hasBody()).as(op.key() + " documents its request body").isTrue();
      }
      Map<String, Object> responses = (Map<String, Object>) op.spec().get("responses");
      assertThat(responses).as(op.key() + " documents its responses").isNotEmpty();
    }
  }

  @Test
  void everyOperationRefusesHostileInputInItsOwnShapeAndStoresNothing() {
    for (Operation op : operations()) {
      Map<String, String> before = state();
      for (Probe probe : refusedProbes(op)) {
        Answer answer = probe.send();
        checkRefused(op, probe.name(), answer);
      }
      Map<String, String> after = state();
      if (!before.equals(after)) {
        failures.add(
            op.key() + ": refused requests changed stored state " + before + " -> " + after);
      }
      for (Probe probe : tolerantProbes(op)) {
        checkNoServerError(op, probe.name(), probe.send());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void tenIdenticalCreatesAtOnceAreCreatedOrConflictNeverAServerError() throws Exception {
    List<String> problems = new ArrayList<>();
    List<String> exercised = new ArrayList<>();
    for (Operation op : operations()) {
      // a create: a JSON POST to a collection of an authenticated API whose document promises 201
      if (!op.method().equals("post")
          || op.path().contains("{")
          || !op.takesJson()
          || op.tokenKind() == null
          || !op.answers("201")) {
        continue;
      }
      exercised.add(op.key());
      String body = toJson(validBody(op));
      ExecutorService pool = Executors.newFixedThreadPool(10);
      try {
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          answers.add(
              pool.submit(
                  () -> authorized(op).contentType("application/json").body(body).post(op.path())));
        }
        int created = 0;
        int conflicts = 0;
        for (Future<Response> future : answers) {
          Response response = future.get();
          if (response.statusCode() == 201) {
            created++;
            rememberSecrets(response);
          } else if (response.statusCode() == 409 || response.statusCode() == 429) {
            // the duplicates conflict; an endpoint that throttles refusals may say so instead
            conflicts++;
            checkShape(op, "concurrent create", Answer.of(response), problems);
          } else {
            problems.add(
                op.key()
                    + " concurrent create: "
                    + response.statusCode()
                    + " "
                    + response.asString());
          }
        }
        if (created != 1 && !(created == 10 && conflicts == 0)) {
          problems.add(op.key() + ": " + created + " created and " + conflicts + " conflicts");
        }
      } finally {
        pool.shutdownNow();
      }
    }
    assertThat(problems).isEmpty();
    // the document must say which operations create, or this test would cover nothing
    assertThat(exercised)
        .contains(
            "POST /v1/admin/merchants",
            "POST /v1/admin/marketplaces",
            "POST /v1/admin/loans",
            "POST /v1/admin/oauth-clients",
            "POST /marketplace-dashboard/users");
  }

  // ------------------------------------------------------------------ probes

  /** One hostile request. */
  record Probe(String name, Supplier<Answer> request) {
    Answer send() {
      return request.get();
    }
  }

  /** What came back, from a client library or a raw socket. */
  record Answer(int status, String contentType, String requestId, String body) {
    static Answer of(Response response) {
      return new Answer(
          response.statusCode(),
          response.contentType(),
          response.header("X-Request-Id"),
          response.asString());
    }

    static Answer of(RawHttp.Answer raw) {
      return new Answer(
          raw.status(), raw.header("Content-Type"), raw.header("X-Request-Id"), raw.body());
    }
  }

  private List<Probe> refusedProbes(Operation op) {
    List<Probe> probes = new ArrayList<>();
    String path = concrete(op.path(), UUID.randomUUID().toString());
    // broken percent-encoding in the query
    probes.add(
        new Probe(
            "query %zz",
            () ->
                Answer.of(
                    RawHttp.send(
                        op.method().toUpperCase(Locale.ROOT),
                        path + "?x=%zz",
                        authHeader(op),
                        op.hasBody() ? new byte[0] : null))));
    // a request target and a header over the platform's 32 KB limit (Liberty's HTTP channel
    // answered these itself, empty and without X-Request-Id, until server.xml raised its limit)
    probes.add(
        new Probe(
            "query 100 KB",
            () ->
                Answer.of(
                    RawHttp.send(
                        op.method().toUpperCase(Locale.ROOT),
                        path + "?x=" + "a".repeat(100 * 1024),
                        authHeader(op),
                        op.hasBody() ? new byte[0] : null))));
    probes.add(
        new Probe(
            "header 64 KB",
            () -> {
              Map<String, String> headers = new LinkedHashMap<>(authHeader(op));
              headers.put("X-Fuzz", "b".repeat(64 * 1024));
              return Answer.of(
                  RawHttp.send(
                      op.method().toUpperCase(Locale.ROOT),
                      path,
                      headers,
                      op.hasBody() ? new byte[0] : null));
            }));
    // bad path ids
    if (op.path().contains("{")) {
      for (String id : List.of("not-a-uuid", "x".repeat(3000), "%E2%80%AE", "..%2F..%2Fx")) {
        probes.add(
            new Probe(
                "path id " + id.substring(0, Math.min(12, id.length())),
                () -> Answer.of(send(op, concrete(op.path(), id), null, null))));
      }
      // Liberty's web container refuses "..;" itself (CWWWC0005I, its own HTML) before any filter
      // or error page of the application runs; only that it is a 4xx is checked
      // so do a NUL and CR/LF in the path (Liberty's WebContainer.sendBadRequestResponse, before
      // any web application is chosen; see OpenLiberty issue 33162)
      for (String id : List.of("..%3B", "%00", "%0D%0A")) {
        probes.add(
            new Probe(
                "path id " + id + " " + CONTAINER_ANSWER,
                () ->
                    Answer.of(
                        RawHttp.send(
                            op.method().toUpperCase(Locale.ROOT),
                            concrete(op.path(), id),
                            authHeader(op),
                            op.hasBody() ? new byte[0] : null))));
      }
    }
    // no token, and tokens of the wrong kind
    if (op.tokenKind() != null) {
      probes.add(new Probe("no token", () -> Answer.of(send(op, path, null, "none"))));
      for (String kind : tokens.keySet()) {
        if (!kind.equals(op.tokenKind())) {
          probes.add(new Probe(kind + " token", () -> Answer.of(send(op, path, null, kind))));
        }
      }
    }
    if (op.takesJson()) {
      Map<String, Object> valid = validBody(op);
      String json = toJson(valid);
      probes.add(jsonProbe(op, path, "invalid JSON", "{\"a\":"));
      probes.add(jsonProbe(op, path, "top-level array", "[" + json + "]"));
      probes.add(jsonProbe(op, path, "trailing text", json + " trailing"));
      probes.add(jsonProbe(op, path, "two values", json + json));
      probes.add(jsonProbe(op, path, "deep", "[".repeat(2000) + "]".repeat(2000)));
      probes.add(
          jsonProbe(
              op,
              path,
              "deep member",
              json.replaceFirst("\\{", "{\"deep\":" + "[".repeat(64) + "]".repeat(64) + ",")));
      probes.add(jsonProbe(op, path, "NUL in a name", "{\"a\\u0000b\":1," + json.substring(1)));
      probes.add(
          new Probe(
              "invalid UTF-8",
              () -> {
                byte[] bytes = "{\"x\":\"Q\"}".getBytes(StandardCharsets.UTF_8);
                bytes[bytes.length - 3] = (byte) 0xFF; // never valid in UTF-8
                return Answer.of(
                    authorized(op)
                        .contentType("application/json")
                        .body(bytes)
                        .request(op.method(), path));
              }));
      probes.add(
          new Probe(
              "wrong content type",
              () ->
                  Answer.of(
                      authorized(op)
                          .contentType("text/plain")
                          .body(json)
                          .request(op.method(), path))));
      probes.add(
          new Probe(
              "oversize",
              () -> {
                byte[] big = new byte[OVERSIZE];
                java.util.Arrays.fill(big, (byte) ' ');
                big[0] = '[';
                big[big.length - 1] = ']';
                return Answer.of(
                    authorized(op)
                        .contentType("application/json")
                        .body(big)
                        .request(op.method(), path));
              }));
      Map<String, Object> schema = bodySchema(op, "application/json");
      Map<String, Object> properties = properties(schema);
      for (String field : properties.keySet()) {
        for (Object wrong : wrongValues(resolve(castMap((Map<?, ?>) properties.get(field))))) {
          Map<String, Object> body = new LinkedHashMap<>(valid);
          body.put(field, wrong);
          probes.add(jsonProbe(op, path, field + "=" + toJson(wrong), toJson(body)));
        }
      }
      for (String field : required(schema)) {
        Map<String, Object> body = new LinkedHashMap<>(valid);
        body.remove(field);
        probes.add(jsonProbe(op, path, "missing " + field, toJson(body)));
      }
    }
    if (op.takesForm()) {
      probes.add(
          new Probe(
              "form %zz",
              () ->
                  Answer.of(
                      authorized(op)
                          .contentType("application/x-www-form-urlencoded")
                          .body("token=a%zz&grant_type=b%")
                          .request(op.method(), path))));
      probes.add(
          new Probe(
              "form oversize",
              () ->
                  Answer.of(
                      authorized(op)
                          .contentType("application/x-www-form-urlencoded")
                          .body("a=" + "b".repeat(OVERSIZE))
                          .request(op.method(), path))));
      if (!op.takesJson()) {
        probes.add(
            new Probe(
                "wrong content type",
                () ->
                    Answer.of(
                        authorized(op)
                            .contentType("text/plain")
                            .body("a=b")
                            .request(op.method(), path))));
      }
    }
    return probes;
  }

  /** Requests that may be accepted but never fail the server: an extra field. */
  private List<Probe> tolerantProbes(Operation op) {
    if (!op.takesJson() || !op.method().equals("patch") && !op.method().equals("put")) {
      return List.of();
    }
    String path = concrete(op.path(), UUID.randomUUID().toString());
    Map<String, Object> body = new LinkedHashMap<>(validBody(op));
    body.put("unexpected_field", "x");
    return List.of(jsonProbe(op, path, "extra field", toJson(body)));
  }

  private Probe jsonProbe(Operation op, String path, String name, String json) {
    return new Probe(
        name,
        () ->
            Answer.of(
                authorized(op)
                    .contentType("application/json")
                    .body(json.getBytes(StandardCharsets.UTF_8))
                    .request(op.method(), path)));
  }

  // ------------------------------------------------------------------ checks

  private void checkRefused(Operation op, String probe, Answer answer) {
    String where = op.key() + " [" + probe + "]";
    if (answer.status() < 400 || answer.status() >= 500) {
      failures.add(
          where + ": expected a 4xx, got " + answer.status() + " " + abbreviate(answer.body()));
      return;
    }
    if (!probe.endsWith(CONTAINER_ANSWER)) {
      checkShape(op, probe, answer, failures);
    }
  }

  private void checkNoServerError(Operation op, String probe, Answer answer) {
    if (answer.status() >= 500) {
      failures.add(
          op.key() + " [" + probe + "]: " + answer.status() + " " + abbreviate(answer.body()));
    } else if (answer.status() >= 400) {
      checkShape(op, probe, answer, failures);
    }
  }

  private static void checkShape(Operation op, String probe, Answer answer, List<String> problems) {
    String where = op.key() + " [" + probe + "] " + answer.status() + ": ";
    String type = answer.contentType() == null ? "" : answer.contentType();
    switch (op.shape()) {
      case "html" -> {
        if (!type.startsWith("text/html") || !answer.body().startsWith("<!DOCTYPE html>")) {
          problems.add(
              where + "not the HTML error page: " + type + " " + abbreviate(answer.body()));
        }
      }
      case "oauth" -> {
        try {
          Map<String, Object> body = new JsonPath(answer.body()).getMap("");
          if (!type.startsWith("application/json")
              || body == null
              || !(body.get("error") instanceof String error)
              || error.isBlank()
              || body.containsKey("success")) {
            problems.add(where + "not RFC 6749: " + abbreviate(answer.body()));
          }
        } catch (RuntimeException e) {
          problems.add(where + "not JSON: " + abbreviate(answer.body()));
        }
      }
      default -> {
        try {
          JsonPath body = new JsonPath(answer.body());
          boolean ok =
              type.startsWith("application/json")
                  && Boolean.FALSE.equals(body.get("success"))
                  && Integer.valueOf(answer.status()).equals(body.get("statusCode"))
                  && body.getString("code") != null
                  && body.getString("message") != null
                  && answer.requestId() != null
                  && answer.requestId().equals(body.getString("correlationId"));
          if (!ok) {
            problems.add(where + "not ApiError: " + type + " " + abbreviate(answer.body()));
          }
        } catch (RuntimeException e) {
          problems.add(where + "not JSON: " + type + " " + abbreviate(answer.body()));
        }
      }
    }
  }

  // ------------------------------------------------------------------ building requests

  private static RequestSpecification authorized(Operation op) {
    RequestSpecification spec = request();
    String token = op.tokenKind() == null ? null : tokens.get(op.tokenKind());
    return token == null ? spec : spec.header("Authorization", "Bearer " + token);
  }

  private static Map<String, String> authHeader(Operation op) {
    String token = op.tokenKind() == null ? null : tokens.get(op.tokenKind());
    Map<String, String> headers = new LinkedHashMap<>();
    if (token != null) {
      headers.put("Authorization", "Bearer " + token);
    }
    if (op.takesJson()) {
      headers.put("Content-Type", "application/json");
    } else if (op.takesForm()) {
      headers.put("Content-Type", "application/x-www-form-urlencoded");
    }
    return headers;
  }

  /**
   * The operation at {@code path} with a body for its content (if any) and a token of {@code kind}.
   */
  private static Response send(Operation op, String path, String body, String kind) {
    RequestSpecification spec = request();
    String token =
        kind == null
            ? (op.tokenKind() == null ? null : tokens.get(op.tokenKind()))
            : "none".equals(kind) ? null : tokens.get(kind);
    if (token != null) {
      spec.header("Authorization", "Bearer " + token);
    }
    if (op.takesJson()) {
      spec.contentType("application/json").body(body != null ? body : toJson(validBody(op)));
    } else if (op.takesForm()) {
      spec.contentType("application/x-www-form-urlencoded").body(body != null ? body : "a=b");
    }
    return spec.urlEncodingEnabled(false).request(op.method(), path);
  }

  private static String concrete(String template, String id) {
    return template.replaceAll("\\{[^}]+}", id);
  }

  private static Map<String, Object> validBody(Operation op) {
    Supplier<Map<String, Object>> example = EXAMPLES.get(op.key());
    if (example != null) {
      return new LinkedHashMap<>(example.get());
    }
    Object built = sample(bodySchema(op, "application/json"), 0);
    return built instanceof Map<?, ?> map
        ? new LinkedHashMap<>(castMap(map))
        : new LinkedHashMap<>();
  }

  // ------------------------------------------------------------------ schemas

  private static Map<String, Object> bodySchema(Operation op, String mediaType) {
    Object media = op.content().get(mediaType);
    if (!(media instanceof Map<?, ?> m) || !(m.get("schema") instanceof Map<?, ?> schema)) {
      return Map.of();
    }
    return resolve(castMap(schema));
  }

  private static Map<String, Object> resolve(Map<String, Object> schema) {
    Object ref = schema.get("$ref");
    if (ref instanceof String r && r.startsWith("#/components/schemas/")) {
      Map<String, Object> target =
          openApi.getMap(
              "components.schemas.'" + r.substring("#/components/schemas/".length()) + "'");
      return target == null ? Map.of() : resolve(target);
    }
    if (schema.get("allOf") instanceof List<?> all && !all.isEmpty()) {
      Map<String, Object> merged = new LinkedHashMap<>();
      for (Object part : all) {
        merged.putAll(resolve(castMap((Map<?, ?>) part)));
      }
      return merged;
    }
    return schema;
  }

  private static Map<String, Object> properties(Map<String, Object> schema) {
    return schema.get("properties") instanceof Map<?, ?> p ? castMap(p) : Map.of();
  }

  private static List<String> required(Map<String, Object> schema) {
    List<String> required = new ArrayList<>();
    if (schema.get("required") instanceof List<?> list) {
      list.forEach(r -> required.add(String.valueOf(r)));
    }
    return required;
  }

  private static String type(Map<String, Object> schema) {
    Object type = schema.get("type");
    if (type instanceof List<?> types) {
      return types.stream()
          .map(String::valueOf)
          .filter(t -> !t.equals("null"))
          .findFirst()
          .orElse("object");
    }
    return type == null
        ? (schema.containsKey("properties") ? "object" : "any")
        : String.valueOf(type);
  }

  /**
   * JSON values of a type other than the schema's: never to be accepted or coerced. For numbers
   * also two short ones with huge exponents, out of any range (printing the first in full would
   * take a billion characters).
   */
  private static List<Object> wrongValues(Map<String, Object> schema) {
    return switch (type(schema)) {
      case "string" -> List.of(12345, true, Map.of("a", 1));
      case "boolean" -> List.of("yes", 1, List.of());
      case "integer", "number" ->
          List.of("lots", true, new BigDecimal("1E-1000000000"), new BigDecimal("-1E+1000000000"));
      case "array" -> List.of("x", 1, Map.of());
      case "object" -> List.of("x", 1, List.of());
      default -> List.of();
    };
  }

  /** A value fitting the schema, for operations with no known-good example. */
  private static Object sample(Map<String, Object> schema, int depth) {
    schema = resolve(schema);
    if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
      return values.get(0);
    }
    return switch (type(schema)) {
      case "string" -> {
        String format = String.valueOf(schema.get("format"));
        yield switch (format) {
          case "email" -> "s-" + UUID.randomUUID() + "@shop.example";
          case "uuid" -> UUID.randomUUID().toString();
          case "uri" -> "https://sample.example/x";
          case "date-time" -> "2026-01-29T12:00:00.000Z";
          default -> "sample-value";
        };
      }
      case "boolean" -> true;
      case "integer" -> 1;
      case "number" -> 1.5;
      case "array" ->
          depth > 5 || !(schema.get("items") instanceof Map<?, ?> items)
              ? List.of()
              : List.of(sample(castMap(items), depth + 1));
      case "object" -> {
        Map<String, Object> object = new LinkedHashMap<>();
        if (depth < 5) {
          properties(schema)
              .forEach((k, v) -> object.put(k, sample(castMap((Map<?, ?>) v), depth + 1)));
        }
        yield object;
      }
      default -> "sample-value";
    };
  }

  // ------------------------------------------------------------------ helpers

  private static Map<String, String> state() {
    Response response = request().get("/__probe/state");
    assertThat(response.statusCode()).isEqualTo(200);
    return response.jsonPath().getMap("");
  }

  private static void rememberSecrets(Response response) {
    for (String path :
        List.of("client_secret", "credentials.clientSecret", "credentials.webhookSecret")) {
      try {
        OAuth.remember(response.jsonPath().getString(path));
      } catch (RuntimeException notThere) {
        // this create returns no such secret
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  /** Plain JSON of maps, lists, strings, numbers, booleans and null. */
  private static String toJson(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map<?, ?> map) {
      StringBuilder out = new StringBuilder("{");
      map.forEach(
          (k, v) ->
              out.append(out.length() > 1 ? "," : "")
                  .append(toJson(String.valueOf(k)))
                  .append(':')
                  .append(toJson(v)));
      return out.append('}').toString();
    }
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(toJson(v)));
      return out.append(']').toString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : String.valueOf(value).toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String abbreviate(String text) {
    return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
