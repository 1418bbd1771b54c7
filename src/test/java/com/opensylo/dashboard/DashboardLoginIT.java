package com.opensylo.dashboard;

import static com.opensylo.testsupport.Api.assertApiError;
import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import com.opensylo.testsupport.RestoreServerOverrides;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dashboard sign-in: one answer for unknown email and wrong password, lockout and unlock,
 * suspension.
 */
@ExtendWith({ArquillianExtension.class, RestoreServerOverrides.class})
class DashboardLoginIT {

  private static final String PATH = "/marketplace-dashboard/login";

  @Test
  void unknownEmailAndWrongPasswordLookTheSame() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    JsonPath wrongPassword =
        assertApiError(
            Marketplaces.login(m.ownerEmail(), "Wrong-Password-1"),
            401,
            "INVALID_CREDENTIALS",
            PATH);
    JsonPath unknownEmail =
        assertApiError(
            Marketplaces.login("nobody-" + UUID.randomUUID() + "@shop.example", m.ownerPassword()),
            401,
            "INVALID_CREDENTIALS",
            PATH);
    assertThat(wrongPassword.getString("message"))
        .isEqualTo(unknownEmail.getString("message"))
        .isEqualTo("Invalid email or password.");
    // emails compare case-insensitively
    assertThat(Marketplaces.login(m.ownerEmail().toUpperCase(), m.ownerPassword()).statusCode())
        .isEqualTo(200);
    var failures = Marketplaces.auditEvents("dashboard.login_failed", m.ownerId());
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0))
        .containsEntry("outcome", "FAILURE")
        .containsEntry("details", "wrong password");
    assertThat(Marketplaces.auditEvents("dashboard.login", m.ownerId())).hasSize(1);
  }

  @Test
  void anOlderPasswordHashIsReplacedByArgon2idAtSignIn() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    assertThat(scheme(m.ownerEmail())).isEqualTo("argon2id");
    assertThat(
            request()
                .queryParam("email", m.ownerEmail())
                .queryParam("password", m.ownerPassword())
                .post("/__probe/legacy-password")
                .statusCode())
        .isEqualTo(204);
    assertThat(scheme(m.ownerEmail())).isEqualTo("pbkdf2-sha256");
    assertThat(Marketplaces.login(m.ownerEmail(), "Wrong-Password-1").statusCode()).isEqualTo(401);
    assertThat(scheme(m.ownerEmail())).isEqualTo("pbkdf2-sha256");
    assertThat(Marketplaces.login(m.ownerEmail(), m.ownerPassword()).statusCode()).isEqualTo(200);
    assertThat(scheme(m.ownerEmail())).isEqualTo("argon2id");
    assertThat(Marketplaces.login(m.ownerEmail(), m.ownerPassword()).statusCode()).isEqualTo(200);
  }

  private static String scheme(String email) {
    return request().queryParam("email", email).get("/__probe/password-scheme").asString();
  }

  @Test
  void badBodiesAre400() {
    JsonPath missing =
        assertApiError(
            request().contentType(ContentType.JSON).body("{\"email\":\"a@b.c\"}").post(PATH),
            400,
            "VALIDATION_FAILED",
            PATH);
    assertThat(missing.getList("details.field")).containsExactly("password");
    assertApiError(
        request().contentType(ContentType.JSON).body("{\"email\":").post(PATH),
        400,
        "MALFORMED_JSON",
        PATH);
    assertApiError(
        request().contentType(ContentType.TEXT).body("x").post(PATH),
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        PATH);
  }

  @Test
  void repeatedFailuresLockTheAccountUntilTheLockEnds() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    for (int i = 1; i <= 5; i++) {
      assertThat(Marketplaces.login(m.ownerEmail(), "Wrong-Password-" + i).statusCode())
          .as("attempt " + i)
          .isEqualTo(401);
    }
    // locked: even the right password is refused, with how long to wait
    Response locked = Marketplaces.login(m.ownerEmail(), m.ownerPassword());
    assertApiError(locked, 429, "ACCOUNT_LOCKED", PATH);
    assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(890L, 900L);
    var lockEvents = Marketplaces.auditEvents("dashboard.account_locked", m.ownerId());
    assertThat(lockEvents).hasSize(1);
    assertThat(lockEvents.get(0)).containsEntry("outcome", "FAILURE");

    OAuth.moveClock("PT14M");
    assertThat(Marketplaces.login(m.ownerEmail(), m.ownerPassword()).statusCode()).isEqualTo(429);
    OAuth.moveClock("PT15M1S");
    Response unlocked = Marketplaces.login(m.ownerEmail(), m.ownerPassword());
    assertThat(unlocked.statusCode()).as(unlocked.asString()).isEqualTo(200);
    OAuth.remember(unlocked.jsonPath().getString("accessToken"));
  }

  @Test
  void anUnknownEmailIsLockedExactlyLikeAKnownOne() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    String nobody = "nobody-" + UUID.randomUUID() + "@shop.example";
    for (int i = 1; i <= 5; i++) {
      assertApiError(
          Marketplaces.login(m.ownerEmail(), "Wrong-Password-" + i),
          401,
          "INVALID_CREDENTIALS",
          PATH);
      assertApiError(
          Marketplaces.login(nobody, "Wrong-Password-" + i), 401, "INVALID_CREDENTIALS", PATH);
    }
    Response known = Marketplaces.login(m.ownerEmail(), m.ownerPassword());
    Response unknown = Marketplaces.login(nobody, m.ownerPassword());
    JsonPath knownBody = assertApiError(known, 429, "ACCOUNT_LOCKED", PATH);
    JsonPath unknownBody = assertApiError(unknown, 429, "ACCOUNT_LOCKED", PATH);
    assertThat(unknownBody.getString("message")).isEqualTo(knownBody.getString("message"));
    assertThat(Long.parseLong(known.header("Retry-After"))).isBetween(890L, 900L);
    assertThat(Long.parseLong(unknown.header("Retry-After"))).isBetween(890L, 900L);
    OAuth.moveClock("PT15M1S");
    assertThat(Marketplaces.login(m.ownerEmail(), m.ownerPassword()).statusCode()).isEqualTo(200);
    assertStatusAndCode(Marketplaces.login(nobody, "Wrong-Password-6"), 401, "INVALID_CREDENTIALS");
  }

  @Test
  void oneAddressFailingOnManyAccountsIsLockedForEveryAccount() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    forgetSignInFailures();
    OAuth.setConfig("opensylo.sign-in.source.max-failures", "3");
    try {
      for (int i = 1; i <= 3; i++) {
        assertApiError(
            Marketplaces.login("spray-" + i + "-" + UUID.randomUUID() + "@shop.example", "Pw-1"),
            401,
            "INVALID_CREDENTIALS",
            PATH);
      }
      // the owner never failed, but this address did: locked too, for the address's window
      Response locked = Marketplaces.login(m.ownerEmail(), m.ownerPassword());
      assertApiError(locked, 429, "ACCOUNT_LOCKED", PATH);
      assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(890L, 900L);
      OAuth.moveClock("PT15M1S");
      Response open = Marketplaces.login(m.ownerEmail(), m.ownerPassword());
      assertThat(open.statusCode()).as(open.asString()).isEqualTo(200);
    } finally {
      forgetSignInFailures(); // the address stays locked in real time otherwise
    }
  }

  private static void forgetSignInFailures() {
    assertThat(request().post("/__probe/forget-sign-in-failures").statusCode()).isEqualTo(204);
  }

  /** Status and code only: with the server's clock moved, the error's timestamp moves too. */
  private static void assertStatusAndCode(Response response, int status, String code) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    assertThat(response.jsonPath().getString("code")).isEqualTo(code);
  }

  @Test
  void aSuccessResetsTheFailureCount() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 4; i++) {
        assertThat(Marketplaces.login(m.ownerEmail(), "Wrong-Password-" + i).statusCode())
            .isEqualTo(401);
      }
      assertThat(Marketplaces.login(m.ownerEmail(), m.ownerPassword()).statusCode()).isEqualTo(200);
    }
    assertThat(Marketplaces.auditEvents("dashboard.account_locked", m.ownerId())).isEmpty();
  }

  @Test
  void theLockLimitIsConfigurable() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    OAuth.setConfig("opensylo.dashboard.lockout.max-failures", "2");
    OAuth.setConfig("opensylo.dashboard.lockout.duration", "PT1H");
    Marketplaces.login(m.ownerEmail(), "Wrong-Password-1");
    Marketplaces.login(m.ownerEmail(), "Wrong-Password-2");
    Response locked = Marketplaces.login(m.ownerEmail(), m.ownerPassword());
    assertApiError(locked, 429, "ACCOUNT_LOCKED", PATH);
    assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(3590L, 3600L);
  }

  @Test
  void suspendedMarketplaceCannotSignIn() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    String token = Marketplaces.ownerToken(m);
    assertThat(OAuth.admin().post("/v1/admin/marketplaces/" + m.id() + "/suspend").statusCode())
        .isEqualTo(200);
    assertApiError(
        Marketplaces.login(m.ownerEmail(), m.ownerPassword()), 403, "MARKETPLACE_SUSPENDED", PATH);
    // a wrong password still says only 401: the suspension is not revealed to someone without the
    // password
    assertApiError(
        Marketplaces.login(m.ownerEmail(), "Wrong-Password-1"), 401, "INVALID_CREDENTIALS", PATH);
    assertApiError(
        Marketplaces.bearer(token).get("/marketplace-dashboard/credentials"),
        403,
        "MARKETPLACE_SUSPENDED",
        "/marketplace-dashboard/credentials");
    assertThat(OAuth.admin().post("/v1/admin/marketplaces/" + m.id() + "/reactivate").statusCode())
        .isEqualTo(200);
    assertThat(Marketplaces.login(m.ownerEmail(), m.ownerPassword()).statusCode()).isEqualTo(200);
    assertThat(Marketplaces.bearer(token).get("/marketplace-dashboard/credentials").statusCode())
        .isEqualTo(200);
  }
}
