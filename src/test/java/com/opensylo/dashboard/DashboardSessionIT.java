package com.opensylo.dashboard;

import static com.opensylo.testsupport.Api.assertApiError;
import static com.opensylo.testsupport.Marketplaces.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ending dashboard JWTs (L5): logout ends one token at once, a password change ends all of the
 * user's older tokens; and adding a user never tells whether an email belongs to another
 * marketplace (L8).
 */
@ExtendWith(ArquillianExtension.class)
class DashboardSessionIT {

  private static final String CREDENTIALS = "/marketplace-dashboard/credentials";
  private static final String LOGOUT = "/marketplace-dashboard/logout";
  private static final String PASSWORD = "/marketplace-dashboard/password";
  private static final String USERS = "/marketplace-dashboard/users";

  private static Response changePassword(String token, String current, String next) {
    return bearer(token)
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", current, "newPassword", next))
        .post(PASSWORD);
  }

  @Test
  void logoutEndsThatTokenAtOnceAndOnlyThatOne() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    String first = Marketplaces.ownerToken(m);
    String second = Marketplaces.ownerToken(m);
    assertThat(bearer(first).get(CREDENTIALS).statusCode()).isEqualTo(200);
    Response out = bearer(first).post(LOGOUT);
    assertThat(out.statusCode()).as(out.asString()).isEqualTo(204);
    assertApiError(bearer(first).get(CREDENTIALS), 401, "UNAUTHORIZED", CREDENTIALS);
    assertApiError(bearer(first).post(LOGOUT), 401, "UNAUTHORIZED", LOGOUT);
    assertThat(bearer(second).get(CREDENTIALS).statusCode()).isEqualTo(200);
    assertThat(Marketplaces.auditEvents("dashboard.logout", m.ownerId())).hasSize(1);
    assertApiError(
        com.opensylo.testsupport.Api.request().post(LOGOUT), 401, "UNAUTHORIZED", LOGOUT);
  }

  @Test
  void everyRoleCanLogOut() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    String owner = Marketplaces.ownerToken(m);
    for (String role : new String[] {"ADMIN", "DEVELOPER"}) {
      Marketplaces.User user = Marketplaces.addUser(owner, role);
      String token = Marketplaces.token(user.email(), user.password());
      assertThat(bearer(token).post(LOGOUT).statusCode()).as(role).isEqualTo(204);
      assertThat(bearer(token).get(CREDENTIALS).statusCode()).as(role).isEqualTo(401);
    }
  }

  @Test
  void aPasswordChangeEndsEveryOlderTokenAndOnlyTheNewPasswordSignsIn() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    String first = Marketplaces.ownerToken(m);
    String second = Marketplaces.ownerToken(m);
    String newPassword = OAuth.remember("New-Owner-Pass-" + UUID.randomUUID());
    Response changed = changePassword(first, m.ownerPassword(), newPassword);
    assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(204);
    assertApiError(bearer(first).get(CREDENTIALS), 401, "UNAUTHORIZED", CREDENTIALS);
    assertApiError(bearer(second).get(CREDENTIALS), 401, "UNAUTHORIZED", CREDENTIALS);
    assertApiError(
        Marketplaces.login(m.ownerEmail(), m.ownerPassword()),
        401,
        "INVALID_CREDENTIALS",
        "/marketplace-dashboard/login");
    String fresh = Marketplaces.token(m.ownerEmail(), newPassword);
    assertThat(bearer(fresh).get(CREDENTIALS).statusCode()).isEqualTo(200);
    var events = Marketplaces.auditEvents("marketplace_user.password_changed", m.ownerId());
    assertThat(events).hasSize(1);
    assertThat(events.get(0)).containsEntry("outcome", "SUCCESS");
  }

  @Test
  void aWrongCurrentPasswordIsRefusedAndCountedLikeAFailedSignIn() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    String token = Marketplaces.ownerToken(m);
    for (int i = 1; i <= 5; i++) {
      JsonPath refused =
          assertApiError(
              changePassword(token, "Wrong-Current-" + i, "Another-Pass-12345"),
              403,
              "INVALID_CREDENTIALS",
              PASSWORD);
      assertThat(refused.getString("message")).isEqualTo("The current password is incorrect.");
    }
    // five failures lock this email on this address: password change and sign-in alike
    Response locked = changePassword(token, m.ownerPassword(), "Another-Pass-12345");
    assertApiError(locked, 429, "ACCOUNT_LOCKED", PASSWORD);
    assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(890L, 900L);
    assertApiError(
        Marketplaces.login(m.ownerEmail(), m.ownerPassword()),
        429,
        "ACCOUNT_LOCKED",
        "/marketplace-dashboard/login");
    // nothing changed: the token still works
    assertThat(bearer(token).get(CREDENTIALS).statusCode()).isEqualTo(200);
    assertThat(Marketplaces.auditEvents("dashboard.login_failed", m.ownerId())).hasSize(5);
  }

  @Test
  void theNewPasswordFollowsTheOnboardingRules() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    String token = Marketplaces.ownerToken(m);
    JsonPath weak =
        assertApiError(
            changePassword(token, m.ownerPassword(), "short"), 400, "VALIDATION_FAILED", PASSWORD);
    assertThat(weak.getList("details.field")).containsExactly("newPassword");
    JsonPath missing =
        assertApiError(
            bearer(token)
                .contentType(ContentType.JSON)
                .body("{\"newPassword\":\"Long-Enough-Pass-1\"}")
                .post(PASSWORD),
            400,
            "VALIDATION_FAILED",
            PASSWORD);
    assertThat(missing.getList("details.field")).containsExactly("currentPassword");
    assertApiError(
        changePassword(token, m.ownerPassword(), m.ownerPassword()),
        422,
        "PASSWORD_UNCHANGED",
        PASSWORD);
    // refused changes leave every token working and the password as it was
    assertThat(bearer(token).get(CREDENTIALS).statusCode()).isEqualTo(200);
    assertThat(Marketplaces.login(m.ownerEmail(), m.ownerPassword()).statusCode()).isEqualTo(200);
  }

  @Test
  void bothEndpointsAreInTheOpenApiDocument() {
    JsonPath doc =
        com.opensylo.testsupport.Api.request()
            .queryParam("format", "JSON")
            .get("/openapi")
            .jsonPath();
    assertThat(doc.getMap("paths").keySet()).contains(LOGOUT, PASSWORD);
    assertThat(doc.getMap("paths.'" + PASSWORD + "'.post.requestBody.content"))
        .containsOnlyKeys("application/json");
    assertThat(
            doc.getString(
                "paths.'" + PASSWORD + "'.post.requestBody.content.'application/json'.schema.$ref"))
        .isEqualTo("#/components/schemas/ChangePasswordRequest");
    assertThat(doc.getMap("paths.'" + LOGOUT + "'.post.responses")).containsKey("204");
    assertThat(doc.getMap("paths.'" + PASSWORD + "'.post.responses"))
        .containsKeys("204", "403", "429");
  }

  @Test
  void addingAUserDoesNotTellWhetherTheEmailBelongsToAnotherMarketplace() {
    Marketplaces.Onboarded mine = Marketplaces.onboard();
    Marketplaces.Onboarded other = Marketplaces.onboard();
    String owner = Marketplaces.ownerToken(mine);
    Marketplaces.User colleague = Marketplaces.addUser(owner, "DEVELOPER");
    JsonPath takenHere = assertApiError(add(owner, colleague.email()), 409, "EMAIL_TAKEN", USERS);
    JsonPath takenElsewhere =
        assertApiError(add(owner, other.ownerEmail()), 409, "EMAIL_TAKEN", USERS);
    assertThat(takenElsewhere.getString("message"))
        .isEqualTo(takenHere.getString("message"))
        .doesNotContain("marketplace");
    assertThat(takenElsewhere.getMap("$")).containsOnlyKeys(takenHere.getMap("$").keySet());
    // and refusals are throttled, so the answer cannot be used to sweep emails
    for (int i = 0; i < 3; i++) {
      assertApiError(add(owner, other.ownerEmail()), 409, "EMAIL_TAKEN", USERS);
    }
    Response throttled = add(owner, "fresh-" + UUID.randomUUID() + "@shop.example");
    assertApiError(throttled, 429, "TOO_MANY_ATTEMPTS", USERS);
    assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(890L, 900L);
    assertThat(Marketplaces.auditEvents("marketplace_user.add_refused", mine.id())).hasSize(5);
    // the other marketplace's owner is untouched and can still sign in
    assertThat(Marketplaces.login(other.ownerEmail(), other.ownerPassword()).statusCode())
        .isEqualTo(200);
  }

  private static Response add(String ownerToken, String email) {
    return bearer(ownerToken)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "email",
                email,
                "firstName",
                "X",
                "lastName",
                "Y",
                "password",
                "Long-Enough-Pass-1",
                "role",
                "ADMIN"))
        .post(USERS);
  }
}
