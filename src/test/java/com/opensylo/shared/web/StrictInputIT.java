package com.opensylo.shared.web;

import static com.opensylo.testsupport.Api.assertApiError;
import static com.opensylo.testsupport.Api.request;
import static com.opensylo.testsupport.Marketplaces.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.Api;
import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import com.opensylo.testsupport.RawHttp;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input the fuzzing run of issue 8 found, class by class: JSON is parsed strictly and never
 * coerced, the OAuth endpoints keep the RFC 6749 shape for every refusal, broken percent-encoding
 * is a 400 (401 in Basic credentials), concurrent creates are 409, secrets are never cached.
 */
@ExtendWith(ArquillianExtension.class)
class StrictInputIT {

  private static final String MERCHANTS = "/v1/admin/merchants";
  private static final String CLIENTS = "/v1/admin/oauth-clients";
  private static final String WEBHOOK = "/marketplace-dashboard/webhook";

  private static String merchantJson(String email) {
    return "{\"email\":\""
        + email
        + "\",\"password\":\"Merchant-Pass-1234\",\"businessName\":\"Shop\"}";
  }

  private static Response postMerchant(byte[] body) {
    return OAuth.admin().contentType(ContentType.JSON).body(body).post(MERCHANTS);
  }

  private static Response postMerchant(String body) {
    return postMerchant(body.getBytes(StandardCharsets.UTF_8));
  }

  private static String email() {
    return "m-" + UUID.randomUUID() + "@shop.example";
  }

  private static void assertNoMerchantStored(String email) {
    // the email is still free: nothing was stored for the refused request
    assertThat(postMerchant(merchantJson(email)).statusCode()).isEqualTo(201);
  }

  @Test
  void malformedJsonBodiesAre400AndStoreNothing() {
    String email = email();
    String valid = merchantJson(email);
    List<byte[]> bodies = new ArrayList<>();
    bodies.add((valid + " trailing").getBytes(StandardCharsets.UTF_8));
    bodies.add((valid + "{}").getBytes(StandardCharsets.UTF_8));
    bodies.add(("[" + valid + "]").getBytes(StandardCharsets.UTF_8));
    bodies.add(valid.replace("Shop", "Sh\u0000p").getBytes(StandardCharsets.UTF_8));
    byte[] badUtf8 = valid.replace("Shop", "Sh#p").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < badUtf8.length; i++) {
      if (badUtf8[i] == '#') {
        badUtf8[i] = (byte) 0xC3; // a lead byte with no continuation
      }
    }
    bodies.add(badUtf8);
    bodies.add(valid.replace("\"email\"", "\"em\\u0000ail\"").getBytes(StandardCharsets.UTF_8));
    bodies.add(valid.replace("\"email\"", "\"e\u0001mail\"").getBytes(StandardCharsets.UTF_8));
    bodies.add(
        valid.replace("}", ",\"email\":\"" + email() + "\"}").getBytes(StandardCharsets.UTF_8));
    bodies.add(
        valid
            .replace("}", ",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}")
            .getBytes(StandardCharsets.UTF_8));
    // a number past the parser's 1100-digit limit (it throws UnsupportedOperationException)
    bodies.add(
        valid.replace("}", ",\"x\":1" + "1".repeat(1100) + ".5}").getBytes(StandardCharsets.UTF_8));
    for (byte[] body : bodies) {
      String shown = new String(body, StandardCharsets.UTF_8);
      Response response = postMerchant(body);
      if (shown.contains("Sh\u0000p")) {
        // a raw NUL inside a string is a control character JSON forbids unescaped
        assertApiError(response, 400, "MALFORMED_JSON", MERCHANTS);
        continue;
      }
      assertThat(response.statusCode()).as(shown).isEqualTo(400);
      assertApiError(response, 400, "MALFORMED_JSON", MERCHANTS);
    }
    assertNoMerchantStored(email);
  }

  @Test
  void aValueOfTheWrongJsonTypeIsNamedAndNeverCoerced() {
    String email = email();
    JsonPath error =
        assertApiError(
            postMerchant(
                "{\"email\":\"" + email + "\",\"password\":12345678901234,\"businessName\":true}"),
            400,
            "MALFORMED_JSON",
            MERCHANTS);
    assertThat(error.getList("details.field")).containsExactly("password", "businessName");
    assertThat(error.getList("details.message"))
        .containsExactly("must be a string", "must be a string");
    assertNoMerchantStored(email);

    JsonPath nested =
        assertApiError(
            OAuth.admin()
                .contentType(ContentType.JSON)
                .body(
                    "{\"client_name\":\"n\",\"redirect_uris\":[\"https://a.example/cb\",7],"
                        + "\"allowed_scopes\":\"credit.score.read\"}")
                .post(CLIENTS),
            400,
            "MALFORMED_JSON",
            CLIENTS);
    assertThat(nested.getList("details.field"))
        .containsExactly("redirect_uris[1]", "allowed_scopes");
  }

  @Test
  void webhookEnabledMustBeABoolean() {
    Marketplaces.Onboarded marketplace = Marketplaces.onboard();
    String owner = Marketplaces.ownerToken(marketplace);
    for (String enabled : List.of("\"fuzz\"", "\"false\"", "0", "1", "{}", "[]")) {
      JsonPath error =
          assertApiError(
              bearer(owner)
                  .contentType(ContentType.JSON)
                  .body("{\"url\":\"https://hooks.shop.example/x\",\"enabled\":" + enabled + "}")
                  .put(WEBHOOK),
              400,
              "MALFORMED_JSON",
              WEBHOOK);
      assertThat(error.getList("details.field")).as(enabled).containsExactly("enabled");
    }
    JsonPath settings = bearer(owner).get(WEBHOOK).jsonPath();
    assertThat(settings.getBoolean("enabled")).isTrue();
    assertThat(settings.getString("url")).isNull();
  }

  @Test
  void clientEnabledMustBeABooleanAndNameNotBlank() {
    OAuth.Client client =
        OAuth.confidentialClient(
            "Strict " + UUID.randomUUID(),
            List.of("credit.score.read"),
            List.of("https://strict.example/cb"));
    String path = CLIENTS + "/" + client.clientId();
    JsonPath error =
        assertApiError(
            OAuth.admin().contentType(ContentType.JSON).body("{\"enabled\":\"yes\"}").patch(path),
            400,
            "MALFORMED_JSON",
            path);
    assertThat(error.getList("details.field")).containsExactly("enabled");
    for (String blank : List.of("   ", "\t", " \n ")) {
      JsonPath invalid =
          assertApiError(
              OAuth.admin()
                  .contentType(ContentType.JSON)
                  .body(Map.of("client_name", blank))
                  .patch(path),
              400,
              "VALIDATION_FAILED",
              path);
      assertThat(invalid.getList("details.field")).containsExactly("client_name");
    }
    JsonPath stored = OAuth.admin().get(path).jsonPath();
    assertThat(stored.getBoolean("client.enabled")).isTrue();
    assertThat(stored.getString("client.client_name")).startsWith("Strict ");
    assertThat(Marketplaces.clientCredentials(client.clientId(), client.secret()).statusCode())
        .isEqualTo(200);
  }

  private static void assertOAuthError(Response response, int status, String error) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/json");
    Map<String, Object> body = response.jsonPath().getMap("");
    assertThat(body.keySet()).containsExactlyInAnyOrder("error", "error_description");
    assertThat(body.get("error")).isEqualTo(error);
    assertThat((String) body.get("error_description")).isNotBlank();
    assertThat(response.header("Cache-Control")).contains("no-store");
  }

  @Test
  void oauthEndpointsAnswerEveryRefusalInTheRfc6749Shape() {
    for (String path : List.of("/oauth/token", "/oauth/revoke", "/oauth/introspect")) {
      assertOAuthError(
          request().contentType(ContentType.TEXT).body("grant_type=x").post(path),
          415,
          "invalid_request");
      byte[] huge = new byte[5 * 1024 * 1024];
      java.util.Arrays.fill(huge, (byte) 'a');
      assertOAuthError(
          request()
              .contentType("application/x-www-form-urlencoded")
              .body(new String(huge, StandardCharsets.US_ASCII))
              .post(path),
          413,
          "invalid_request");
      assertOAuthError(
          request().contentType(ContentType.URLENC).body("token=a%zz&grant_type=x").post(path),
          400,
          "invalid_request");
    }
    String token = "/oauth/token";
    for (String json :
        List.of(
            "[{\"grant_type\":\"client_credentials\"}]",
            "{\"grant_type\":",
            "{\"grant_type\":\"client_credentials\"} x",
            "{\"grant_type\":" + "[".repeat(100) + "]".repeat(100) + "}",
            "[".repeat(5000) + "]".repeat(5000),
            "")) {
      assertOAuthError(
          request().contentType(ContentType.JSON).body(json).post(token), 400, "invalid_request");
    }
    byte[] huge = new byte[5 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) ' ');
    assertOAuthError(
        request().contentType(ContentType.JSON).body(huge).post(token), 413, "invalid_request");
  }

  @Test
  void brokenPercentEncodingIs400Or401() {
    String audit = "/v1/admin/audit-events";
    for (String query : List.of("type=%zz", "type=%", "type=%C3", "%zz=1")) {
      RawHttp.Answer answer =
          RawHttp.send(
              "GET",
              audit + "?" + query,
              Map.of("Authorization", "Bearer " + OAuth.adminToken()),
              null);
      assertThat(answer.status()).as(query + " " + answer.body()).isEqualTo(400);
      JsonPath error = new JsonPath(answer.body());
      assertThat(error.getString("code")).isEqualTo("INVALID_PARAMETER");
      assertThat(error.getString("correlationId")).isEqualTo(answer.header("X-Request-Id"));
    }
    RawHttp.Answer token =
        RawHttp.send(
            "POST",
            "/oauth/token?x=%zz",
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            "grant_type=client_credentials".getBytes(StandardCharsets.US_ASCII));
    assertThat(token.status()).isEqualTo(400);
    assertThat(new JsonPath(token.body()).getMap("").keySet())
        .containsExactlyInAnyOrder("error", "error_description");
    assertThat(new JsonPath(token.body()).getString("error")).isEqualTo("invalid_request");
    RawHttp.Answer page = RawHttp.send("GET", "/oauth/authorize?client_id=%zz", Map.of(), null);
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body()).startsWith("<!DOCTYPE html>");
    for (String pair : List.of("a%zz:b", "a:b%zz", "a:%", "%C3:b")) {
      Response response =
          request()
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)))
              .formParam("grant_type", "client_credentials")
              .post("/oauth/token");
      assertOAuthError(response, 401, "invalid_client");
    }
    Response form =
        request()
            .contentType(ContentType.URLENC)
            .body("email=a%zz&password=b")
            .post("/oauth/authorize");
    assertThat(form.statusCode()).isEqualTo(400);
  }

  @Test
  void concurrentIdenticalMerchantCreatesAreOne201AndThe409s() throws Exception {
    String body = merchantJson(email());
    String token = OAuth.adminToken();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Callable<Response> create =
            () -> bearer(token).contentType(ContentType.JSON).body(body).post(MERCHANTS);
        answers.add(pool.submit(create));
      }
      int created = 0;
      for (Future<Response> answer : answers) {
        Response response = answer.get();
        if (response.statusCode() == 201) {
          created++;
        } else {
          assertApiError(response, 409, "EMAIL_TAKEN", MERCHANTS);
        }
      }
      assertThat(created).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertNoStore(Response response, int status) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    assertThat(response.header("Pragma")).isEqualTo("no-cache");
  }

  @Test
  void everyAnswerCarryingASecretIsNoStore() {
    Marketplaces.Onboarded marketplace = Marketplaces.onboard();
    Map<String, Object> onboarding =
        Marketplaces.onboardingBody(
            Marketplaces.platformName(), "PRODUCTION", "o-" + UUID.randomUUID() + "@shop.example");
    assertNoStore(
        OAuth.admin().contentType(ContentType.JSON).body(onboarding).post("/v1/admin/marketplaces"),
        201);
    Response login = Marketplaces.login(marketplace.ownerEmail(), marketplace.ownerPassword());
    assertNoStore(login, 200);
    String owner = OAuth.remember(login.jsonPath().getString("accessToken"));
    Response regenerated =
        bearer(owner).post("/marketplace-dashboard/credentials/regenerate-secret");
    assertNoStore(regenerated, 200);
    OAuth.remember(regenerated.jsonPath().getString("clientSecret"));
    Response webhookSecret = bearer(owner).post("/marketplace-dashboard/webhook/rotate-secret");
    assertNoStore(webhookSecret, 200);
    Response created =
        OAuth.admin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "client_name",
                    "NoStore",
                    "redirect_uris",
                    List.of("https://nostore.example/cb"),
                    "allowed_scopes",
                    List.of("credit.score.read")))
            .post(CLIENTS);
    assertNoStore(created, 201);
    String clientId = created.jsonPath().getString("client.client_id");
    OAuth.remember(created.jsonPath().getString("client_secret"));
    Response rotated = OAuth.admin().post(CLIENTS + "/" + clientId + "/rotate-secret");
    assertNoStore(rotated, 200);
    OAuth.remember(rotated.jsonPath().getString("client_secret"));
  }

  @Test
  void basicClientAuthenticationGetsNoBearerChallenge() {
    java.util.Properties admin = OAuth.bootstrapAdmin();
    Response response =
        request()
            .auth()
            .preemptive()
            .basic(admin.getProperty("client_id"), admin.getProperty("client_secret"))
            .formParam("grant_type", "client_credentials")
            .post("/oauth/token");
    assertThat(response.statusCode()).isEqualTo(200);
    OAuth.remember(response.jsonPath().getString("access_token"));
    assertThat(response.headers().hasHeaderWithName("WWW-Authenticate")).isFalse();
  }

  @Test
  void authorizationErrorPageIsRealMarkup() {
    Response response =
        request()
            .queryParam("client_id", "nobody_client_00000000")
            .queryParam("response_type", "code")
            .queryParam("redirect_uri", "https://x.example/cb")
            .get("/oauth/authorize");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("text/html");
    assertThat(response.asString()).startsWith("<!DOCTYPE html>").doesNotContain("&lt;");
  }

  private static void assertRawApiError(
      RawHttp.Answer answer, int status, String code, String path) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    String requestId = answer.header("X-Request-Id");
    assertThat(requestId).matches(Api.GENERATED_REQUEST_ID);
    JsonPath error = new JsonPath(answer.body());
    assertThat(error.getMap("").keySet())
        .containsExactlyInAnyOrder(
            "success",
            "statusCode",
            "error",
            "message",
            "code",
            "path",
            "timestamp",
            "correlationId");
    assertThat(error.getBoolean("success")).isFalse();
    assertThat(error.getInt("statusCode")).isEqualTo(status);
    assertThat(error.getString("error")).isIn(Api.errorNames(status, code));
    assertThat(error.getString("message")).isNotBlank();
    assertThat(error.getString("code")).isEqualTo(code);
    assertThat(error.getString("path")).isEqualTo(path);
    assertThat(error.getString("correlationId")).isEqualTo(requestId);
  }

  /**
   * Liberty's HTTP channel answered a request target or header over 32 KB itself, with an empty 400
   * and no X-Request-Id; server.xml raises its limit and RequestHeadLimitFilter refuses them in the
   * endpoint's own shape.
   */
  @Test
  void anOversizeQueryOrHeaderIsRefusedInTheEndpointsShape() {
    String audit = "/v1/admin/audit-events";
    Map<String, String> admin = Map.of("Authorization", "Bearer " + OAuth.adminToken());
    String longQuery = "type=" + "a".repeat(100 * 1024);
    assertRawApiError(
        RawHttp.send("GET", audit + "?" + longQuery, admin, null), 414, "URI_TOO_LONG", audit);
    assertRawApiError(
        RawHttp.send("GET", "/v1/" + "a".repeat(40 * 1024), Map.of(), null),
        414,
        "URI_TOO_LONG",
        "/v1/" + "a".repeat(40 * 1024));
    Map<String, String> bigHeader = new java.util.LinkedHashMap<>(admin);
    bigHeader.put("X-Fuzz", "b".repeat(64 * 1024));
    assertRawApiError(RawHttp.send("GET", audit, bigHeader, null), 431, "HEADER_TOO_LARGE", audit);
    // a huge bearer token is refused the same way, not passed to MicroProfile JWT's 401 page
    assertRawApiError(
        RawHttp.send(
            "GET", audit, Map.of("Authorization", "Bearer " + "c".repeat(64 * 1024)), null),
        431,
        "HEADER_TOO_LARGE",
        audit);
    // up to the limit, requests are served as before
    Map<String, String> largeHeader = new java.util.LinkedHashMap<>(admin);
    largeHeader.put("X-Fuzz", "b".repeat(RequestHeadLimitFilter.MAX_HEADER_CHARS));
    assertThat(RawHttp.send("GET", audit, largeHeader, null).status()).isEqualTo(200);
    assertThat(RawHttp.send("GET", audit + "?pad=" + "a".repeat(20 * 1024), admin, null).status())
        .isEqualTo(200);
    // the OAuth endpoints answer in RFC 6749's shape
    RawHttp.Answer token =
        RawHttp.send(
            "POST",
            "/oauth/token?" + longQuery,
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            "grant_type=client_credentials".getBytes(StandardCharsets.US_ASCII));
    assertThat(token.status()).isEqualTo(414);
    assertThat(token.header("X-Request-Id")).matches(Api.GENERATED_REQUEST_ID);
    assertThat(new JsonPath(token.body()).getMap("").keySet())
        .containsExactlyInAnyOrder("error", "error_description");
    assertThat(new JsonPath(token.body()).getString("error")).isEqualTo("invalid_request");
  }
}
