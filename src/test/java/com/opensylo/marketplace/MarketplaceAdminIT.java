package com.opensylo.marketplace;

import static com.opensylo.testsupport.Api.assertApiError;
import static com.opensylo.testsupport.Api.request;
import static com.opensylo.testsupport.Marketplaces.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Operators onboard, list, suspend and reactivate marketplaces (SPEC §5 {@code
 * /v1/admin/marketplaces}).
 */
@ExtendWith(ArquillianExtension.class)
class MarketplaceAdminIT {

  private static final String BASE = "/v1/admin/marketplaces";

  /** A random (version 4) UUID in its canonical lower-case form. */
  private static final String UUID_V4 =
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

  private static Response onboard(Map<String, Object> body) {
    Response response = OAuth.admin().contentType(ContentType.JSON).body(body).post(BASE);
    if (response.statusCode() == 201) {
      OAuth.remember(response.jsonPath().getString("credentials.clientSecret"));
      OAuth.remember(response.jsonPath().getString("credentials.webhookSecret"));
    }
    return response;
  }

  private static Map<String, Object> body(String platform) {
    return Marketplaces.onboardingBody(
        platform, "PRODUCTION", "owner-" + UUID.randomUUID() + "@shop.example");
  }

  @Test
  void onboardingCreatesEverythingAndShowsTheSecretsOnce() {
    String platform = Marketplaces.platformName();
    Map<String, Object> request = body(platform);
    Response response = onboard(request);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    JsonPath body = response.jsonPath();
    assertThat(body.getMap("")).containsOnlyKeys("marketplace", "owner", "credentials");
    String id = body.getString("marketplace.id");
    assertThat(id).matches(UUID_V4);
    assertThat(response.header("Location")).endsWith(BASE + "/" + id);
    assertThat(body.getString("marketplace.platformName")).isEqualTo(platform);
    assertThat(body.getString("marketplace.displayName")).isEqualTo("Shop " + platform);
    assertThat(body.getString("marketplace.status")).isEqualTo("ACTIVE");
    assertThat(body.getString("marketplace.environment")).isEqualTo("PRODUCTION");
    assertThat(body.getString("marketplace.defaultCurrency")).isEqualTo("NGN");
    assertThat(body.getString("marketplace.createdAt"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    @SuppressWarnings("unchecked")
    Map<String, Object> owner = (Map<String, Object>) request.get("owner");
    assertThat(body.getMap("owner"))
        .containsOnlyKeys("id", "email", "firstName", "lastName", "role")
        .containsEntry("email", owner.get("email"))
        .containsEntry("firstName", "Ada")
        .containsEntry("lastName", "Okafor")
        .containsEntry("role", "OWNER");
    assertThat(body.getString("owner.id")).matches(UUID_V4).isNotEqualTo(id);
    String clientId = body.getString("credentials.clientId");
    assertThat(clientId).matches(platform + "_client_[0-9a-f]{8}");
    String secret = body.getString("credentials.clientSecret");
    assertThat(secret).matches("cs_secret_[A-Za-z0-9_-]{43,}");
    assertThat(body.getString("credentials.webhookSecret")).matches("whsec_[A-Za-z0-9_-]{43}");
    assertThat(response.asString()).doesNotContain((String) owner.get("password"));

    // the client exists, is owned by the marketplace, and works
    JsonPath client = OAuth.admin().get("/v1/admin/oauth-clients/" + clientId).jsonPath();
    assertThat(client.getString("client.owner_id")).isEqualTo(id);
    assertThat(client.getString("client.client_type")).isEqualTo("confidential");
    assertThat(client.getList("client.allowed_scopes"))
        .containsExactly("data.share.sales", "credit.score.read", "repayment.report");
    String token =
        Marketplaces.clientCredentials(clientId, secret).jsonPath().getString("access_token");
    JsonPath health = bearer(token).get("/api/marketplace/data/health").jsonPath();
    assertThat(health.getString("status")).isEqualTo("healthy");
    assertThat(health.getString("marketplace.id")).isEqualTo(id);
    assertThat(health.getString("marketplace.name")).isEqualTo("Shop " + platform);
    assertThat(health.getBoolean("tokenValid")).isTrue();
    assertThat(health.getList("scopes"))
        .containsExactly("data.share.sales", "credit.score.read", "repayment.report");
    assertThat(health.getMap("")).containsKey("lastSubmissionAt");

    // GET shows it again without any secret
    Response fetched = OAuth.admin().get(BASE + "/" + id);
    assertThat(fetched.statusCode()).isEqualTo(200);
    assertThat(fetched.jsonPath().getString("marketplace.id")).isEqualTo(id);
    assertThat(fetched.jsonPath().getString("marketplace.platformName")).isEqualTo(platform);
    assertThat(fetched.jsonPath().getString("marketplace.clientId")).isEqualTo(clientId);
    assertThat(fetched.asString())
        .doesNotContain(secret)
        .doesNotContain(body.getString("credentials.webhookSecret"));
    assertThat(Marketplaces.auditEvents("marketplace.created", id)).hasSize(1);
  }

  @Test
  void invalidBodiesAre400WithEveryFieldNamed() {
    Map<String, Object> bad = body("Bad Name!");
    bad.put("defaultCurrency", "XYZ");
    bad.put("environment", "STAGING");
    bad.put("redirectUris", List.of("http://shop.example/cb"));
    bad.put("allowedScopes", List.of("credit.score.read", "admin", "bogus.scope"));
    JsonPath error = assertApiError(onboard(bad), 400, "VALIDATION_FAILED", BASE);
    assertThat(error.getList("details.field"))
        .contains("platformName", "defaultCurrency", "environment");

    Map<String, Object> badUris = body(Marketplaces.platformName());
    badUris.put("redirectUris", List.of("http://shop.example/cb"));
    badUris.put("allowedScopes", List.of("credit.score.read", "admin", "bogus.scope"));
    JsonPath rules = assertApiError(onboard(badUris), 400, "VALIDATION_FAILED", BASE);
    assertThat(rules.getList("details.field"))
        .containsExactlyInAnyOrder("redirectUris[0]", "allowedScopes[1]", "allowedScopes[2]");

    Map<String, Object> weak = body(Marketplaces.platformName());
    weak.put(
        "owner",
        Map.of("email", "not-an-email", "firstName", "A", "lastName", "B", "password", "short"));
    JsonPath owner = assertApiError(onboard(weak), 400, "VALIDATION_FAILED", BASE);
    assertThat(owner.getList("details.field"))
        .containsExactlyInAnyOrder("owner.email", "owner.password");

    assertApiError(
        OAuth.admin().contentType(ContentType.JSON).body("{\"platformName\":").post(BASE),
        400,
        "MALFORMED_JSON",
        BASE);
  }

  @Test
  void duplicatesAre409AndLeaveNothingBehind() {
    Map<String, Object> first = body(Marketplaces.platformName());
    assertThat(onboard(first).statusCode()).isEqualTo(201);

    Map<String, Object> samePlatform = body((String) first.get("platformName"));
    assertApiError(onboard(samePlatform), 409, "PLATFORM_NAME_TAKEN", BASE);

    String newPlatform = Marketplaces.platformName();
    Map<String, Object> sameOwner = body(newPlatform);
    sameOwner.put("owner", first.get("owner"));
    assertApiError(onboard(sameOwner), 409, "EMAIL_TAKEN", BASE);
    // the refused onboarding left no marketplace behind: the platform name is still free
    assertThat(onboard(body(newPlatform)).statusCode()).isEqualTo(201);
  }

  @Test
  void concurrentOnboardingsOfOnePlatformNameGiveOne201AndOne409() throws Exception {
    String platform = Marketplaces.platformName();
    List<Map<String, Object>> bodies = List.of(body(platform), body(platform));
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Response>> results = new java.util.ArrayList<>();
      for (Map<String, Object> b : bodies) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return onboard(b);
                }));
      }
      start.countDown();
      List<Integer> statuses = new java.util.ArrayList<>();
      for (var r : results) {
        statuses.add(r.get().statusCode());
      }
      assertThat(statuses).as(statuses.toString()).containsExactlyInAnyOrder(201, 409);
      // the loser's owner was rolled back with its marketplace: that email cannot sign in
      int loser = statuses.indexOf(409);
      @SuppressWarnings("unchecked")
      Map<String, Object> loserOwner = (Map<String, Object>) bodies.get(loser).get("owner");
      assertThat(
              Marketplaces.login(
                      (String) loserOwner.get("email"), (String) loserOwner.get("password"))
                  .statusCode())
          .isEqualTo(401);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void listPagesAndFiltersByStatus() {
    Marketplaces.Onboarded a = Marketplaces.onboard();
    Marketplaces.Onboarded b = Marketplaces.onboard();
    assertThat(OAuth.admin().post(BASE + "/" + b.id() + "/suspend").statusCode()).isEqualTo(200);

    JsonPath suspended =
        OAuth.admin()
            .queryParam("status", "SUSPENDED")
            .queryParam("pageSize", 100)
            .get(BASE)
            .jsonPath();
    assertThat(suspended.getList("marketplaces.id")).contains(b.id()).doesNotContain(a.id());
    assertThat(suspended.getList("marketplaces.status")).containsOnly("SUSPENDED");
    assertThat(suspended.getString("marketplaces.find { it.id == '" + b.id() + "' }.clientId"))
        .isEqualTo(b.clientId());
    JsonPath page =
        OAuth.admin().queryParam("page", 1).queryParam("pageSize", 1).get(BASE).jsonPath();
    assertThat(page.getList("marketplaces")).hasSize(1);
    assertThat(page.getInt("pageSize")).isEqualTo(1);
    assertThat(page.getLong("total")).isGreaterThanOrEqualTo(2);
    assertApiError(
        OAuth.admin().queryParam("status", "DELETED").get(BASE), 400, "VALIDATION_FAILED", BASE);
    assertApiError(
        OAuth.admin().queryParam("pageSize", 0).get(BASE), 400, "VALIDATION_FAILED", BASE);
  }

  @Test
  void suspensionStopsTheClientAndReactivationRestoresIt() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    String before =
        Marketplaces.clientCredentials(m.clientId(), m.clientSecret())
            .jsonPath()
            .getString("access_token");

    Response suspended = OAuth.admin().post(BASE + "/" + m.id() + "/suspend");
    assertThat(suspended.statusCode()).as(suspended.asString()).isEqualTo(200);
    assertThat(suspended.jsonPath().getString("marketplace.status")).isEqualTo("SUSPENDED");
    assertThat(Marketplaces.clientCredentials(m.clientId(), m.clientSecret()).statusCode())
        .isEqualTo(401);
    assertThat(bearer(before).get("/api/marketplace/data/health").statusCode()).isEqualTo(401);
    assertApiError(
        OAuth.admin().post(BASE + "/" + m.id() + "/suspend"),
        409,
        "INVALID_STATE",
        BASE + "/" + m.id() + "/suspend");

    Response reactivated = OAuth.admin().post(BASE + "/" + m.id() + "/reactivate");
    assertThat(reactivated.jsonPath().getString("marketplace.status")).isEqualTo("ACTIVE");
    assertThat(Marketplaces.clientCredentials(m.clientId(), m.clientSecret()).statusCode())
        .isEqualTo(200);
    assertApiError(
        OAuth.admin().post(BASE + "/" + m.id() + "/reactivate"),
        409,
        "INVALID_STATE",
        BASE + "/" + m.id() + "/reactivate");
    assertThat(Marketplaces.auditEvents("marketplace.suspended", m.id())).hasSize(1);
    assertThat(Marketplaces.auditEvents("marketplace.reactivated", m.id())).hasSize(1);
  }

  @Test
  void unknownMarketplacesAre404() {
    for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid")) {
      assertApiError(OAuth.admin().get(BASE + "/" + id), 404, "NOT_FOUND", BASE + "/" + id);
      assertApiError(
          OAuth.admin().post(BASE + "/" + id + "/suspend"),
          404,
          "NOT_FOUND",
          BASE + "/" + id + "/suspend");
    }
  }

  @Test
  void aMarketplacesClientCannotBeDeletedFromUnderIt() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    String path = "/v1/admin/oauth-clients/" + m.clientId();
    Response deleted = OAuth.admin().delete(path);
    assertThat(deleted.statusCode()).as(deleted.asString()).isEqualTo(409);
    assertThat(deleted.jsonPath().getString("code")).isEqualTo("CLIENT_IN_USE");
    assertThat(Marketplaces.clientCredentials(m.clientId(), m.clientSecret()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void onlyAdminsMayCallTheAdminApi() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    String partner =
        Marketplaces.clientCredentials(m.clientId(), m.clientSecret())
            .jsonPath()
            .getString("access_token");
    String dashboard = Marketplaces.ownerToken(m);
    List<java.util.function.Function<io.restassured.specification.RequestSpecification, Response>>
        calls =
            List.of(
                r ->
                    r.contentType(ContentType.JSON)
                        .body(body(Marketplaces.platformName()))
                        .post(BASE),
                r -> r.get(BASE),
                r -> r.get(BASE + "/" + m.id()),
                r -> r.post(BASE + "/" + m.id() + "/suspend"),
                r -> r.post(BASE + "/" + m.id() + "/reactivate"),
                r -> r.get("/v1/admin/audit-events"));
    for (var call : calls) {
      assertThat(call.apply(request()).statusCode()).isEqualTo(401);
      assertThat(call.apply(bearer(partner)).statusCode()).isEqualTo(403);
      assertThat(call.apply(bearer(dashboard)).statusCode()).isEqualTo(403);
    }
    assertThat(OAuth.admin().get(BASE + "/" + m.id()).jsonPath().getString("marketplace.status"))
        .isEqualTo("ACTIVE");
  }
}
