package com.opensylo.audit;

import static com.opensylo.testsupport.Api.assertApiError;
import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.Api;
import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit trail for operators (SPEC §5 {@code /v1/admin/audit-events}). */
@ExtendWith(ArquillianExtension.class)
class AuditEventAdminIT {

  private static final String PATH = "/v1/admin/audit-events";

  @Test
  void filtersByTypeTargetAndActorNewestFirst() throws UnknownHostException {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    Marketplaces.login(m.ownerEmail(), "Wrong-Password-1");
    String requestId = "audit-" + UUID.randomUUID();
    Response signedIn =
        request()
            .header("X-Request-Id", requestId)
            .contentType(ContentType.JSON)
            .body(Map.of("email", m.ownerEmail(), "password", m.ownerPassword()))
            .post("/marketplace-dashboard/login");
    assertThat(signedIn.statusCode()).as(signedIn.asString()).isEqualTo(200);
    OAuth.remember(signedIn.jsonPath().getString("accessToken"));

    JsonPath byTarget = OAuth.admin().queryParam("target_id", m.ownerId()).get(PATH).jsonPath();
    assertThat(byTarget.getList("events.type"))
        .containsExactly("dashboard.login", "dashboard.login_failed");
    Map<String, Object> newest = byTarget.getMap("events[0]");
    assertThat(newest)
        .containsOnlyKeys(
            "id",
            "type",
            "outcome",
            "actor_type",
            "actor_id",
            "target_type",
            "target_id",
            "source_address",
            "correlation_id",
            "details",
            "occurred_at")
        .containsEntry("outcome", "SUCCESS")
        .containsEntry("actor_type", "marketplace_user")
        .containsEntry("target_type", "marketplace_user");
    assertThat((String) newest.get("occurred_at"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(newest.get("source_address")).isEqualTo(loopbackAddressOfTheServer());
    assertThat(newest.get("correlation_id")).isEqualTo(requestId);

    List<String> byActorAndType =
        OAuth.admin()
            .queryParam("actor_id", m.ownerId())
            .queryParam("type", "dashboard.login_failed")
            .get(PATH)
            .jsonPath()
            .getList("events.details");
    assertThat(byActorAndType).containsExactly("wrong password");
    assertThat(OAuth.admin().queryParam("limit", 1).get(PATH).jsonPath().getList("events"))
        .hasSize(1);
  }

  /**
   * The address the suite connects to the server on, which is also the address the server sees it
   * come from (both ends are this machine's loopback interface).
   */
  private static String loopbackAddressOfTheServer() throws UnknownHostException {
    return InetAddress.getByName(URI.create(Api.BASE_URL).getHost()).getHostAddress();
  }

  @Test
  void badFiltersAre400InTheIdentityAdminShape() {
    for (String limit : List.of("0", "501")) {
      JsonPath error =
          assertApiError(
              OAuth.admin().queryParam("limit", limit).get(PATH), 400, "VALIDATION_FAILED", PATH);
      assertThat(error.getString("error")).isEqualTo("validation_failed");
      assertThat(error.getList("details.field")).containsExactly("limit");
    }
    assertApiError(
        OAuth.admin().queryParam("type", "x".repeat(65)).get(PATH), 400, "VALIDATION_FAILED", PATH);
    JsonPath notANumber =
        assertApiError(
            OAuth.admin().queryParam("limit", "ten").get(PATH), 400, "INVALID_PARAMETER", PATH);
    assertThat(notANumber.getString("error")).isEqualTo("invalid_parameter");
  }
}
