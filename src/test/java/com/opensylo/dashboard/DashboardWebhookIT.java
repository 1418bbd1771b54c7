package com.opensylo.dashboard;

import static com.opensylo.testsupport.Api.assertApiError;
import static com.opensylo.testsupport.Api.request;
import static com.opensylo.testsupport.Marketplaces.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Webhook settings, webhook secret rotation and the delivery log of the dashboard (SPEC §3). */
@ExtendWith(ArquillianExtension.class)
class DashboardWebhookIT {

  private static final String PATH = "/marketplace-dashboard/webhook";

  private Marketplaces.Onboarded marketplace;
  private String owner;

  @BeforeEach
  void setUp() {
    marketplace = Marketplaces.onboard();
    owner = Marketplaces.ownerToken(marketplace);
  }

  private Response put(Object url, Boolean enabled) {
    Map<String, Object> body = new HashMap<>();
    body.put("url", url);
    if (enabled != null) {
      body.put("enabled", enabled);
    }
    return bearer(owner).contentType(ContentType.JSON).body(body).put(PATH);
  }

  @Test
  void settingsStartEmptyAndChange() {
    JsonPath initial = bearer(owner).get(PATH).jsonPath();
    assertThat(initial.getString("url")).isNull();
    assertThat(initial.getMap("")).containsKey("url");
    assertThat(initial.getBoolean("enabled")).isTrue();
    assertThat(initial.getList("events"))
        .contains("loan.approved", "loan.disbursed", "loan.completed");
    assertThat(initial.getString("signatureHeader")).isEqualTo("X-OpenSylo-Signature");
    assertThat(bearer(owner).get(PATH).asString()).doesNotContain(marketplace.webhookSecret());

    Response updated = put("https://hooks.shop.example/opensylo", false);
    assertThat(updated.statusCode()).as(updated.asString()).isEqualTo(200);
    JsonPath after = bearer(owner).get(PATH).jsonPath();
    assertThat(after.getString("url")).isEqualTo("https://hooks.shop.example/opensylo");
    assertThat(after.getBoolean("enabled")).isFalse();
    // loopback receivers are for SANDBOX marketplaces only (SSRF; TokenLifecycleSecurityIT)
    assertThat(put("https://hooks2.shop.example/hook", null).jsonPath().getBoolean("enabled"))
        .isTrue();
    assertThat(put(null, null).jsonPath().getString("url")).isNull();
    assertThat(Marketplaces.auditEvents("webhook.settings_updated", marketplace.id())).hasSize(3);
  }

  @Test
  void unsafeUrlsAreRefusedAndNothingChanges() {
    put("https://hooks.shop.example/kept", true);
    for (String url :
        new String[] {
          "http://hooks.shop.example/plain",
          "ftp://hooks.shop.example/x",
          "/relative/path",
          "https://user:pw@hooks.shop.example/x",
          "https://hooks.shop.example/x#frag",
          "not a url"
        }) {
      JsonPath error = assertApiError(put(url, true), 400, "VALIDATION_FAILED", PATH);
      assertThat(error.getList("details.field")).as(url).containsExactly("url");
    }
    assertApiError(
        bearer(owner).contentType(ContentType.JSON).body("{\"url\": {\"a\": 1}}").put(PATH),
        400,
        "MALFORMED_JSON",
        PATH);
    assertApiError(
        bearer(owner).contentType(ContentType.JSON).put(PATH), 400, "MALFORMED_JSON", PATH);
    assertThat(bearer(owner).get(PATH).jsonPath().getString("url"))
        .isEqualTo("https://hooks.shop.example/kept");
  }

  @Test
  void rotatingTheWebhookSecretShowsANewOneOnce() {
    String before = bearer(owner).get(PATH).jsonPath().getString("secretLastRotatedAt");
    Response rotated = bearer(owner).post(PATH + "/rotate-secret");
    assertThat(rotated.statusCode()).as(rotated.asString()).isEqualTo(200);
    JsonPath body = rotated.jsonPath();
    assertThat(body.getBoolean("success")).isTrue();
    String secret = OAuth.remember(body.getString("webhookSecret"));
    assertThat(secret).matches("whsec_[A-Za-z0-9_-]{43}").isNotEqualTo(marketplace.webhookSecret());
    String after = bearer(owner).get(PATH).jsonPath().getString("secretLastRotatedAt");
    assertThat(after).isEqualTo(body.getString("rotatedAt")).isNotEqualTo(before);
    assertThat(bearer(owner).get(PATH).asString()).doesNotContain(secret);
    var events = Marketplaces.auditEvents("webhook.secret_rotated", marketplace.id());
    assertThat(events).hasSize(1);
    assertThat(events.toString()).doesNotContain(secret);
  }

  @Test
  void deliveryLogShowsOnlyThisMarketplacesDeliveries() {
    String path = "/marketplace-dashboard/webhook-deliveries";
    assertThat(bearer(owner).get(path).jsonPath().getList("deliveries")).isEmpty();
    Marketplaces.Onboarded other = Marketplaces.onboard();
    for (String event : new String[] {"loan.approved", "loan.disbursed"}) {
      assertThat(
              request()
                  .queryParam("marketplaceId", marketplace.id())
                  .queryParam("event", event)
                  .post("/__probe/webhook-delivery")
                  .statusCode())
          .isEqualTo(204);
    }
    request()
        .queryParam("marketplaceId", other.id())
        .queryParam("event", "loan.cancelled")
        .post("/__probe/webhook-delivery");

    JsonPath log = bearer(owner).get(path).jsonPath();
    assertThat(log.getList("deliveries.event"))
        .containsExactlyInAnyOrder("loan.approved", "loan.disbursed");
    assertThat(log.getMap("deliveries[0]"))
        .containsOnlyKeys(
            "id",
            "eventId",
            "event",
            "status",
            "attempts",
            "lastResponseCode",
            "lastError",
            "lastAttemptAt",
            "nextRetryAt",
            "createdAt");
    assertThat(log.getString("deliveries[0].status")).isEqualTo("PENDING");
    assertThat(log.getInt("deliveries[0].attempts")).isZero();
    assertThat(bearer(owner).queryParam("pageSize", 1).get(path).jsonPath().getList("deliveries"))
        .hasSize(1);
    assertApiError(
        bearer(owner).queryParam("pageSize", 0).get(path), 400, "VALIDATION_FAILED", path);
    assertThat(
            bearer(Marketplaces.ownerToken(other)).get(path).jsonPath().getList("deliveries.event"))
        .containsExactly("loan.cancelled");
  }
}
