package com.opensylo.identity;

import static com.opensylo.testsupport.Api.assertApiError;
import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.OAuth;
import com.opensylo.testsupport.RestoreServerOverrides;
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
 * The identity admin API for OAuth clients (SPEC §5) and the rotate-secret contract of seed 003.
 */
@ExtendWith({ArquillianExtension.class, RestoreServerOverrides.class})
class OAuthClientAdminIT {

  private static final String BASE = "/v1/admin/oauth-clients";
  private static final List<String> CLIENT_KEYS =
      List.of(
          "id",
          "client_id",
          "client_name",
          "client_uri",
          "logo_uri",
          "client_type",
          "redirect_uris",
          "allowed_scopes",
          "allowed_origins",
          "owner_id",
          "brand_id",
          "is_first_party",
          "enabled",
          "created_at",
          "updated_at");

  private static OAuth.Client newClient() {
    return OAuth.confidentialClient(
        "Acme " + UUID.randomUUID(),
        List.of("credit.score.read", "data.share.sales"),
        List.of("https://acme.example/callback"));
  }

  private static int clientCredentialsStatus(String clientId, String secret) {
    return request()
        .auth()
        .preemptive()
        .basic(clientId, secret)
        .formParam("grant_type", "client_credentials")
        .post("/oauth/token")
        .statusCode();
  }

  @Test
  void createShowsEveryKeyAndTheSecretOnce() {
    String owner = "owner-" + UUID.randomUUID();
    Response response =
        OAuth.admin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "client_name",
                    "Jumia Test",
                    "redirect_uris",
                    List.of("https://jumia.example/cb"),
                    "allowed_scopes",
                    List.of("credit.score.read"),
                    "owner_id",
                    owner))
            .post(BASE);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    JsonPath body = response.jsonPath();
    assertThat(body.getMap("client")).containsOnlyKeys(CLIENT_KEYS.toArray(String[]::new));
    assertThat(body.getString("client.client_id")).matches("jumiatest_client_[0-9a-f]{8}");
    assertThat(response.header("Location"))
        .endsWith(BASE + "/" + body.getString("client.client_id"));
    assertThat(body.getString("client.client_type")).isEqualTo("confidential");
    assertThat(body.getString("client.owner_id")).isEqualTo(owner);
    assertThat(body.getString("client.client_uri")).isNull();
    assertThat(body.getBoolean("client.enabled")).isTrue();
    String secret = OAuth.remember(body.getString("client_secret"));
    assertThat(secret).matches("cs_secret_[A-Za-z0-9_-]{43,}");

    Response fetched = OAuth.admin().get(BASE + "/" + body.getString("client.client_id"));
    assertThat(fetched.statusCode()).isEqualTo(200);
    assertThat(fetched.asString()).doesNotContain(secret).doesNotContain("secret_hash");
    assertThat(fetched.jsonPath().getMap("client"))
        .containsOnlyKeys(CLIENT_KEYS.toArray(String[]::new));
  }

  @Test
  void publicClientHasNoSecret() {
    Response response =
        OAuth.admin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "client_name",
                    "SPA",
                    "client_type",
                    "public",
                    "redirect_uris",
                    List.of("http://127.0.0.1:3000/cb"),
                    "allowed_scopes",
                    List.of("credit.score.read"),
                    "allowed_origins",
                    List.of("http://127.0.0.1:3000")))
            .post(BASE);
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.jsonPath().getString("client_secret")).isNull();
    assertThat(response.jsonPath().getList("client.allowed_origins"))
        .containsExactly("http://127.0.0.1:3000");
  }

  @Test
  void invalidRegistrationsAre400WithEveryField() {
    Response response =
        OAuth.admin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "client_name",
                    "X",
                    "redirect_uris",
                    List.of("http://evil.example/cb", "https://ok.example/cb#frag"),
                    "allowed_scopes",
                    List.of("credit.score.read", "root")))
            .post(BASE);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("error")).isEqualTo("validation_failed");
    assertThat(response.jsonPath().getString("message"))
        .isEqualTo("3 fields are invalid; see details.");
    assertThat(response.jsonPath().getList("details.field"))
        .containsExactlyInAnyOrder("redirect_uris[0]", "redirect_uris[1]", "allowed_scopes[1]");

    Response missing = OAuth.admin().contentType(ContentType.JSON).body("{}").post(BASE);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.jsonPath().getList("details.field"))
        .contains("client_name", "redirect_uris", "allowed_scopes");
  }

  @Test
  void listFiltersByOwnerAndPaginates() {
    String owner = "owner-" + UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      OAuth.admin()
          .contentType(ContentType.JSON)
          .body(
              Map.of(
                  "client_name",
                  "Listed " + i,
                  "redirect_uris",
                  List.of("https://l.example/cb"),
                  "allowed_scopes",
                  List.of("credit.score.read"),
                  "owner_id",
                  owner,
                  "brand_id",
                  "brand-x"))
          .post(BASE)
          .then()
          .statusCode(201);
    }
    JsonPath page1 =
        OAuth.admin().queryParam("owner_id", owner).queryParam("page_size", 2).get(BASE).jsonPath();
    assertThat(page1.getList("clients")).hasSize(2);
    assertThat(page1.getLong("total")).isEqualTo(3);
    assertThat(page1.getInt("page")).isEqualTo(1);
    assertThat(page1.getInt("page_size")).isEqualTo(2);
    JsonPath page2 =
        OAuth.admin()
            .queryParam("owner_id", owner)
            .queryParam("page", 2)
            .queryParam("page_size", 2)
            .get(BASE)
            .jsonPath();
    assertThat(page2.getList("clients.client_name")).containsExactly("Listed 2");
    assertThat(
            OAuth.admin()
                .queryParam("owner_id", owner)
                .queryParam("brand_id", "other")
                .get(BASE)
                .jsonPath()
                .getLong("total"))
        .isZero();
    assertThat(OAuth.admin().queryParam("page_size", 1000).get(BASE).statusCode()).isEqualTo(400);
  }

  @Test
  void unknownClientIs404NotFound() {
    for (Response response :
        List.of(
            OAuth.admin().get(BASE + "/nope_client_00000000"),
            OAuth.admin()
                .contentType(ContentType.JSON)
                .body("{\"client_name\":\"x\"}")
                .patch(BASE + "/nope"),
            OAuth.admin().delete(BASE + "/nope"),
            OAuth.admin().post(BASE + "/nope/rotate-secret"))) {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.jsonPath().getString("error")).isEqualTo("not_found");
      assertThat(response.jsonPath().getString("message")).isEqualTo("Client not found");
    }
  }

  @Test
  void patchChangesWhatIsMutableAndRefusesTheRest() {
    OAuth.Client client = newClient();
    Response renamed =
        OAuth.admin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "client_name", "Renamed", "redirect_uris", List.of("https://new.example/cb")))
            .patch(BASE + "/" + client.clientId());
    assertThat(renamed.statusCode()).as(renamed.asString()).isEqualTo(200);
    assertThat(renamed.jsonPath().getString("client.client_name")).isEqualTo("Renamed");
    assertThat(renamed.jsonPath().getList("client.redirect_uris"))
        .containsExactly("https://new.example/cb");
    assertThat(renamed.jsonPath().getList("client.allowed_scopes"))
        .containsExactly("credit.score.read", "data.share.sales");

    for (Map<String, Object> immutable :
        List.<Map<String, Object>>of(
            Map.of("client_type", "public"),
            Map.of("brand_id", "b"),
            Map.of("is_first_party", true))) {
      Response refused =
          OAuth.admin()
              .contentType(ContentType.JSON)
              .body(immutable)
              .patch(BASE + "/" + client.clientId());
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.jsonPath().getString("details[0].field"))
          .isEqualTo(immutable.keySet().iterator().next());
    }
  }

  @Test
  void disablingAndDeletingAClientKillItsTokensAtOnce() {
    OAuth.Client client = newClient();
    String token = OAuth.clientCredentials(client.clientId(), client.secret(), null);
    assertThat(OAuth.isActive(token)).isTrue();

    OAuth.admin()
        .contentType(ContentType.JSON)
        .body(Map.of("enabled", false))
        .patch(BASE + "/" + client.clientId())
        .then()
        .statusCode(200);
    assertThat(OAuth.isActive(token)).isFalse();
    assertThat(clientCredentialsStatus(client.clientId(), client.secret())).isEqualTo(401);

    OAuth.admin()
        .contentType(ContentType.JSON)
        .body(Map.of("enabled", true))
        .patch(BASE + "/" + client.clientId())
        .then()
        .statusCode(200);
    // re-enabling does not revive tokens issued before the disable (security review L10)
    assertThat(OAuth.isActive(token)).isFalse();
    assertThat(clientCredentialsStatus(client.clientId(), client.secret())).isEqualTo(200);

    assertThat(OAuth.admin().delete(BASE + "/" + client.clientId()).statusCode()).isEqualTo(204);
    assertThat(OAuth.admin().get(BASE + "/" + client.clientId()).statusCode()).isEqualTo(404);
    assertThat(OAuth.isActive(token)).isFalse();
    assertThat(clientCredentialsStatus(client.clientId(), client.secret())).isEqualTo(401);
  }

  @Test
  void rotateSecretKeepsTheOldOneForTheGracePeriodOnly() {
    OAuth.Client client = newClient();
    Response rotated = OAuth.admin().post(BASE + "/" + client.clientId() + "/rotate-secret");
    assertThat(rotated.statusCode()).as(rotated.asString()).isEqualTo(200);
    assertThat(rotated.jsonPath().getMap("")).containsOnlyKeys("client", "client_secret");
    assertThat(rotated.jsonPath().getMap("client"))
        .containsOnlyKeys(CLIENT_KEYS.toArray(String[]::new));
    String newSecret = OAuth.remember(rotated.jsonPath().getString("client_secret"));
    assertThat(newSecret).startsWith("cs_secret_").isNotEqualTo(client.secret());

    assertThat(clientCredentialsStatus(client.clientId(), newSecret)).isEqualTo(200);
    assertThat(clientCredentialsStatus(client.clientId(), client.secret())).isEqualTo(200);

    OAuth.moveClock("PT23H59M");
    assertThat(clientCredentialsStatus(client.clientId(), client.secret())).isEqualTo(200);

    OAuth.moveClock("PT24H1S");
    Response expired =
        request()
            .auth()
            .preemptive()
            .basic(client.clientId(), client.secret())
            .formParam("grant_type", "client_credentials")
            .post("/oauth/token");
    assertThat(expired.statusCode()).isEqualTo(401);
    assertThat(expired.jsonPath().getString("error")).isEqualTo("invalid_client");
    assertThat(expired.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(clientCredentialsStatus(client.clientId(), newSecret)).isEqualTo(200);
  }

  @Test
  void secondRotationInsideTheGracePeriodRetiresTheOldest() {
    OAuth.Client client = newClient();
    String second =
        OAuth.remember(
            OAuth.admin()
                .post(BASE + "/" + client.clientId() + "/rotate-secret")
                .jsonPath()
                .getString("client_secret"));
    OAuth.moveClock("PT1H");
    String third =
        OAuth.remember(
            OAuth.admin()
                .post(BASE + "/" + client.clientId() + "/rotate-secret")
                .jsonPath()
                .getString("client_secret"));
    assertThat(clientCredentialsStatus(client.clientId(), client.secret())).isEqualTo(401);
    assertThat(clientCredentialsStatus(client.clientId(), second)).isEqualTo(200);
    assertThat(clientCredentialsStatus(client.clientId(), third)).isEqualTo(200);
  }

  @Test
  void publicClientCannotRotate() {
    OAuth.Client spa =
        OAuth.publicClient(
            "SPA " + UUID.randomUUID(),
            List.of("credit.score.read"),
            List.of("http://127.0.0.1:3000/cb"));
    String path = BASE + "/" + spa.clientId() + "/rotate-secret";
    JsonPath error = assertApiError(OAuth.admin().post(path), 400, "INVALID_REQUEST", path);
    assertThat(error.getString("error")).isEqualTo("invalid_request");
    assertThat(error.getString("message")).isEqualTo("A public client has no secret to rotate.");
  }

  @Test
  void adminApiNeedsAnAdminToken() {
    assertThat(request().get(BASE).statusCode()).isEqualTo(401);
    OAuth.Client partner = newClient();
    String partnerToken = OAuth.clientCredentials(partner.clientId(), partner.secret(), null);
    assertThat(request().header("Authorization", "Bearer " + partnerToken).get(BASE).statusCode())
        .isEqualTo(403);
    assertThat(
            request()
                .header("Authorization", "Bearer " + partnerToken)
                .post(BASE + "/" + partner.clientId() + "/rotate-secret")
                .statusCode())
        .isEqualTo(403);
  }
}
