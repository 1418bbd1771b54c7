package com.opensylo.dashboard;

import static com.opensylo.testsupport.Api.assertApiError;
import static com.opensylo.testsupport.Api.request;
import static com.opensylo.testsupport.Marketplaces.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may call which dashboard endpoint: OWNER, ADMIN, DEVELOPER, another marketplace's user, no
 * token, a partner access token, a garbage token; and the dashboard JWT refused outside the
 * dashboard.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardAccessIT {

  private Marketplaces.Onboarded marketplace;
  private String owner;
  private String admin;
  private String developer;
  private Marketplaces.User developerUser;

  @BeforeEach
  void setUp() {
    marketplace = Marketplaces.onboard();
    owner = Marketplaces.ownerToken(marketplace);
    Marketplaces.User a = Marketplaces.addUser(owner, "ADMIN");
    admin = Marketplaces.token(a.email(), a.password());
    developerUser = Marketplaces.addUser(owner, "DEVELOPER");
    developer = Marketplaces.token(developerUser.email(), developerUser.password());
  }

  /**
   * One dashboard endpoint: how to call it with a prepared request, and whether it changes
   * anything.
   */
  private record Endpoint(
      String name,
      Function<RequestSpecification, Response> call,
      boolean ownerOnly,
      boolean writes) {}

  private List<Endpoint> endpoints(String removableUserId) {
    return List.of(
        new Endpoint(
            "GET credentials", r -> r.get("/marketplace-dashboard/credentials"), false, false),
        new Endpoint(
            "POST regenerate-secret",
            r -> r.post("/marketplace-dashboard/credentials/regenerate-secret"),
            false,
            true),
        new Endpoint("GET webhook", r -> r.get("/marketplace-dashboard/webhook"), false, false),
        new Endpoint(
            "PUT webhook",
            r ->
                r.contentType(ContentType.JSON)
                    .body(Map.of("url", "https://hooks.shop.example/opensylo"))
                    .put("/marketplace-dashboard/webhook"),
            false,
            true),
        new Endpoint(
            "POST webhook/rotate-secret",
            r -> r.post("/marketplace-dashboard/webhook/rotate-secret"),
            false,
            true),
        new Endpoint(
            "GET webhook-deliveries",
            r -> r.get("/marketplace-dashboard/webhook-deliveries"),
            false,
            false),
        new Endpoint("GET users", r -> r.get("/marketplace-dashboard/users"), false, false),
        new Endpoint(
            "POST users",
            r ->
                r.contentType(ContentType.JSON)
                    .body(
                        Map.of(
                            "email",
                            "new-" + UUID.randomUUID() + "@shop.example",
                            "firstName",
                            "N",
                            "lastName",
                            "U",
                            "password",
                            OAuth.remember("New-User-Pass-" + UUID.randomUUID()),
                            "role",
                            "DEVELOPER"))
                    .post("/marketplace-dashboard/users"),
            true,
            true),
        new Endpoint(
            "DELETE users/{id}",
            r -> r.delete("/marketplace-dashboard/users/" + removableUserId),
            true,
            true));
  }

  private static int expectedStatus(Endpoint e, boolean success) {
    if (!success) {
      return 403;
    }
    if (e.name().equals("POST users")) {
      return 201;
    }
    return e.name().startsWith("DELETE") ? 204 : 200;
  }

  @Test
  void noTokenGarbageTokenAndPartnerTokenGet401Everywhere() {
    String partner =
        Marketplaces.clientCredentials(marketplace.clientId(), marketplace.clientSecret())
            .jsonPath()
            .getString("access_token");
    for (Endpoint e : endpoints(developerUser.id())) {
      for (RequestSpecification caller :
          List.of(request(), bearer("not-a-jwt"), bearer(partner), bearer(OAuth.adminToken()))) {
        Response response = e.call().apply(caller);
        assertThat(response.statusCode()).as(e.name() + " " + response.asString()).isEqualTo(401);
        assertThat(response.jsonPath().getString("code")).as(e.name()).isEqualTo("UNAUTHORIZED");
        assertThat(response.header("WWW-Authenticate")).as(e.name()).contains("Bearer");
      }
    }
    // nothing changed: the developer still exists, the secret still works
    assertSecretStillWorks();
    assertThat(bearer(developer).get("/marketplace-dashboard/credentials").statusCode())
        .isEqualTo(200);
  }

  @Test
  void developerReadsButChangesNothing() {
    assertAccess(developer, e -> !e.writes());
    assertSecretStillWorks();
  }

  @Test
  void adminManagesCredentialsAndWebhooksButNotUsers() {
    assertAccess(admin, e -> !e.ownerOnly());
  }

  @Test
  void ownerMayCallEveryEndpoint() {
    assertAccess(owner, e -> true);
  }

  /**
   * Calls every endpoint as {@code token}: where {@code allowed}, its success status; elsewhere 403
   * {@code FORBIDDEN} in the error shape.
   */
  private void assertAccess(String token, Predicate<Endpoint> allowed) {
    for (Endpoint e : endpoints(Marketplaces.addUser(owner, "DEVELOPER").id())) {
      Response response = e.call().apply(bearer(token));
      assertThat(response.statusCode())
          .as(e.name() + " " + response.asString())
          .isEqualTo(expectedStatus(e, allowed.test(e)));
      if (!allowed.test(e)) {
        assertApiError(response, 403, "FORBIDDEN", response.jsonPath().getString("path"));
      }
    }
  }

  /** The marketplace's client secret still gets a token (nothing above regenerated it). */
  private void assertSecretStillWorks() {
    assertThat(
            Marketplaces.clientCredentials(marketplace.clientId(), marketplace.clientSecret())
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void anotherMarketplacesOwnerSeesOnlyTheirOwn() {
    Marketplaces.Onboarded other = Marketplaces.onboard();
    String otherOwner = Marketplaces.ownerToken(other);
    assertThat(
            bearer(otherOwner)
                .get("/marketplace-dashboard/credentials")
                .jsonPath()
                .getString("clientId"))
        .isEqualTo(other.clientId());
    assertThat(
            bearer(otherOwner)
                .get("/marketplace-dashboard/users")
                .jsonPath()
                .getList("users.email"))
        .containsExactly(other.ownerEmail());
    Response delete =
        bearer(otherOwner).delete("/marketplace-dashboard/users/" + developerUser.id());
    assertApiError(delete, 404, "NOT_FOUND", "/marketplace-dashboard/users/" + developerUser.id());
    assertThat(
            bearer(otherOwner)
                .post("/marketplace-dashboard/credentials/regenerate-secret")
                .statusCode())
        .isEqualTo(200);
    // this marketplace is untouched by the other's regeneration and deletion attempt
    assertSecretStillWorks();
    assertThat(bearer(developer).get("/marketplace-dashboard/credentials").statusCode())
        .isEqualTo(200);
  }

  @Test
  void dashboardJwtIsRefusedOutsideTheDashboard() {
    Response partnerApi = bearer(owner).get("/api/marketplace/data/health");
    assertApiError(partnerApi, 401, "UNAUTHORIZED", "/api/marketplace/data/health");
    assertThat(partnerApi.header("WWW-Authenticate")).contains("invalid_token");
    assertThat(bearer(owner).get("/__probe/scoped").statusCode()).isEqualTo(401);
    assertThat(bearer(owner).get("/v1/admin/marketplaces").statusCode()).isEqualTo(403);
    assertThat(bearer(owner).get("/v1/admin/whoami").statusCode()).isEqualTo(403);
    // at the token endpoint it is no client credential either
    Response token =
        request()
            .formParam("grant_type", "client_credentials")
            .header("Authorization", "Bearer " + owner)
            .post("/oauth/token");
    assertThat(token.statusCode()).isIn(400, 401);
  }

  @Test
  void expiredOrForeignDashboardTokensAreRefused() {
    String issuer = "http://localhost:9080";
    long now = System.currentTimeMillis() / 1000;
    String claims =
        "{\"iss\":\"%s\",\"sub\":\"%s\",\"aud\":\"opensylo-dashboard\",\"marketplace_id\":\"%s\",\"jti\":\"%s\",\"iat\":%d,\"exp\":%d}";
    String expired =
        mint(
            String.format(
                claims,
                issuer,
                marketplace.ownerId(),
                marketplace.id(),
                UUID.randomUUID(),
                now - 90000,
                now - 3600));
    String foreign =
        mint(
            String.format(
                claims,
                "https://evil.example",
                marketplace.ownerId(),
                marketplace.id(),
                UUID.randomUUID(),
                now,
                now + 3600));
    String wrongMarketplace =
        mint(
            String.format(
                claims,
                issuer,
                marketplace.ownerId(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                now,
                now + 3600));
    String valid =
        mint(
            String.format(
                claims,
                issuer,
                marketplace.ownerId(),
                marketplace.id(),
                UUID.randomUUID(),
                now,
                now + 3600));
    for (String token : List.of(expired, foreign, wrongMarketplace)) {
      assertThat(bearer(token).get("/marketplace-dashboard/credentials").statusCode())
          .isEqualTo(401);
    }
    // the control: the same claims, current and ours, are accepted
    assertThat(bearer(valid).get("/marketplace-dashboard/credentials").statusCode()).isEqualTo(200);
  }

  @Test
  void removedUsersTokenStopsWorking() {
    assertThat(bearer(developer).get("/marketplace-dashboard/credentials").statusCode())
        .isEqualTo(200);
    assertThat(
            bearer(owner).delete("/marketplace-dashboard/users/" + developerUser.id()).statusCode())
        .isEqualTo(204);
    assertThat(bearer(developer).get("/marketplace-dashboard/credentials").statusCode())
        .isEqualTo(401);
    assertThat(Marketplaces.login(developerUser.email(), developerUser.password()).statusCode())
        .isEqualTo(401);
    assertThat(Marketplaces.auditEvents("marketplace_user.removed", developerUser.id())).hasSize(1);
  }

  @Test
  void usersRules() {
    String path = "/marketplace-dashboard/users";
    Response owners = bearer(owner).get(path);
    assertThat(owners.jsonPath().getList("users.role"))
        .containsExactlyInAnyOrder("OWNER", "ADMIN", "DEVELOPER");
    assertThat(owners.asString()).doesNotContain("password");
    String ownerId = marketplace.ownerId();
    assertApiError(
        bearer(owner).delete(path + "/" + ownerId), 422, "OWNER_REQUIRED", path + "/" + ownerId);
    assertApiError(
        bearer(owner).delete(path + "/not-a-uuid"), 404, "NOT_FOUND", path + "/not-a-uuid");
    Map<String, String> secondOwner =
        Map.of(
            "email",
            "x-" + UUID.randomUUID() + "@shop.example",
            "firstName",
            "X",
            "lastName",
            "Y",
            "password",
            "Long-Enough-Pass-1",
            "role",
            "OWNER");
    var invalid =
        assertApiError(
            bearer(owner).contentType(ContentType.JSON).body(secondOwner).post(path),
            400,
            "VALIDATION_FAILED",
            path);
    assertThat(invalid.getList("details.field")).containsExactly("role");
    Map<String, String> taken =
        Map.of(
            "email",
            developerUser.email().toUpperCase(),
            "firstName",
            "X",
            "lastName",
            "Y",
            "password",
            "Long-Enough-Pass-1",
            "role",
            "ADMIN");
    assertApiError(
        bearer(owner).contentType(ContentType.JSON).body(taken).post(path),
        409,
        "EMAIL_TAKEN",
        path);
    Map<String, String> weak =
        Map.of(
            "email",
            "w-" + UUID.randomUUID() + "@shop.example",
            "firstName",
            "X",
            "lastName",
            "Y",
            "password",
            "short",
            "role",
            "ADMIN");
    var weakBody =
        assertApiError(
            bearer(owner).contentType(ContentType.JSON).body(weak).post(path),
            400,
            "VALIDATION_FAILED",
            path);
    assertThat(weakBody.getList("details.field")).containsExactly("password");
  }

  private static String mint(String claimsJson) {
    Response minted =
        request().contentType(ContentType.JSON).body(claimsJson).post("/__probe/mint");
    assertThat(minted.statusCode()).isEqualTo(200);
    return minted.asString();
  }
}
