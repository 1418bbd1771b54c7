package com.opensylo.identity;

import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.OAuth;
import com.opensylo.testsupport.Pkce;
import com.opensylo.testsupport.RestoreServerOverrides;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorization-code flow with PKCE over HTTP, and the RFC 9700 attacks it must refuse, one
 * test each.
 */
@ExtendWith({ArquillianExtension.class, RestoreServerOverrides.class})
class AuthorizationCodeFlowIT {

  private static final String REDIRECT = "https://marketplace.example/oauth/callback";
  private static final String PASSWORD = "Merchant-Pass-" + UUID.randomUUID();

  private OAuth.Client client;
  private String email;

  @BeforeEach
  void setUp() {
    client =
        OAuth.confidentialClient(
            "Konga " + UUID.randomUUID(),
            List.of("data.share.sales", "credit.score.read"),
            List.of(REDIRECT));
    email = "merchant-" + UUID.randomUUID() + "@example.com";
    OAuth.createMerchant(email, PASSWORD);
  }

  private Map<String, String> authorizeQuery(OAuth.Client c, Pkce pkce, String scope) {
    Map<String, String> q = new HashMap<>();
    q.put("client_id", c.clientId());
    q.put("redirect_uri", REDIRECT);
    q.put("response_type", "code");
    q.put("scope", scope);
    q.put("state", "st-" + UUID.randomUUID());
    if (pkce != null) {
      q.put("code_challenge", pkce.challenge());
      q.put("code_challenge_method", "S256");
    }
    return q;
  }

  /** Signs in and approves; returns the code after checking state came back. */
  private String code(OAuth.Client c, Pkce pkce, String scope) {
    Map<String, String> query = authorizeQuery(c, pkce, scope);
    Response page = OAuth.authorize(query);
    assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    Map<String, String> params =
        OAuth.redirectParams(
            OAuth.decide(OAuth.hiddenFields(page.asString()), email, PASSWORD, "approve"));
    assertThat(params.get("state")).isEqualTo(query.get("state"));
    return params.get("code");
  }

  private Response exchange(OAuth.Client c, String code, String redirect, String verifier) {
    Map<String, String> p = new HashMap<>();
    p.put("grant_type", "authorization_code");
    p.put("code", code);
    p.put("redirect_uri", redirect);
    if (verifier != null) {
      p.put("code_verifier", verifier);
    }
    return OAuth.token(c, p);
  }

  private static void assertOAuthError(Response response, int status, String error) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    assertThat(response.jsonPath().getString("error")).isEqualTo(error);
    assertThat(response.jsonPath().getString("error_description")).isNotBlank();
  }

  @Test
  void aMerchantsOlderPasswordHashIsReplacedByArgon2idAtSignIn() {
    java.util.function.Supplier<String> scheme =
        () ->
            request()
                .queryParam("kind", "merchant")
                .queryParam("email", email)
                .get("/__probe/password-scheme")
                .asString();
    assertThat(
            request()
                .queryParam("kind", "merchant")
                .queryParam("email", email)
                .queryParam("password", PASSWORD)
                .post("/__probe/legacy-password")
                .statusCode())
        .isEqualTo(204);
    assertThat(scheme.get()).isEqualTo("pbkdf2-sha256");
    Pkce pkce = Pkce.generate();
    Response tokens =
        exchange(client, code(client, pkce, "data.share.sales"), REDIRECT, pkce.verifier());
    assertThat(tokens.statusCode()).as(tokens.asString()).isEqualTo(200);
    assertThat(scheme.get()).isEqualTo("argon2id");
  }

  @Test
  void fullFlowIssuesTokensForTheMerchant() {
    Pkce pkce = Pkce.generate();
    Response tokens =
        exchange(client, code(client, pkce, "data.share.sales"), REDIRECT, pkce.verifier());
    assertThat(tokens.statusCode()).as(tokens.asString()).isEqualTo(200);
    assertThat(tokens.jsonPath().getString("token_type")).isEqualTo("Bearer");
    assertThat(tokens.jsonPath().getInt("expires_in")).isEqualTo(3600);
    assertThat(tokens.jsonPath().getString("scope")).isEqualTo("data.share.sales");
    assertThat(tokens.jsonPath().getString("refresh_token")).matches(OAuth.OPAQUE_256_BITS);
    assertThat(tokens.header("Cache-Control")).contains("no-store");
    assertThat(OAuth.isActive(tokens.jsonPath().getString("access_token"))).isTrue();

    Response refreshed =
        OAuth.token(
            client,
            Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                tokens.jsonPath().getString("refresh_token")));
    assertThat(refreshed.statusCode()).as(refreshed.asString()).isEqualTo(200);
    assertThat(refreshed.jsonPath().getString("scope")).isEqualTo("data.share.sales");
  }

  @Test
  void codeReuseFailsAndRevokesTheFirstExchangesTokens() {
    Pkce pkce = Pkce.generate();
    String code = code(client, pkce, "data.share.sales");
    Response first = exchange(client, code, REDIRECT, pkce.verifier());
    assertThat(first.statusCode()).isEqualTo(200);
    assertOAuthError(exchange(client, code, REDIRECT, pkce.verifier()), 400, "invalid_grant");
    assertThat(OAuth.isActive(first.jsonPath().getString("access_token"))).isFalse();
    assertOAuthError(
        OAuth.token(
            client,
            Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                first.jsonPath().getString("refresh_token"))),
        400,
        "invalid_grant");
  }

  @Test
  void wrongCodeVerifierFails() {
    Pkce pkce = Pkce.generate();
    assertOAuthError(
        exchange(
            client, code(client, pkce, "data.share.sales"), REDIRECT, Pkce.generate().verifier()),
        400,
        "invalid_grant");
  }

  @Test
  void missingCodeVerifierFailsWhenAChallengeWasSent() {
    assertOAuthError(
        exchange(client, code(client, Pkce.generate(), "data.share.sales"), REDIRECT, null),
        400,
        "invalid_grant");
  }

  @Test
  void redirectUriMismatchAtTheTokenEndpointFails() {
    Pkce pkce = Pkce.generate();
    assertOAuthError(
        exchange(
            client, code(client, pkce, "data.share.sales"), REDIRECT + "/other", pkce.verifier()),
        400,
        "invalid_grant");
  }

  @Test
  void expiredCodeFails() {
    Pkce pkce = Pkce.generate();
    String code = code(client, pkce, "data.share.sales");
    OAuth.moveClock("PT5M1S");
    assertOAuthError(exchange(client, code, REDIRECT, pkce.verifier()), 400, "invalid_grant");
  }

  @Test
  void codeOfAnotherClientFails() {
    Pkce pkce = Pkce.generate();
    String code = code(client, pkce, "data.share.sales");
    OAuth.Client other =
        OAuth.confidentialClient(
            "Other " + UUID.randomUUID(), List.of("data.share.sales"), List.of(REDIRECT));
    assertOAuthError(exchange(other, code, REDIRECT, pkce.verifier()), 400, "invalid_grant");
  }

  @Test
  void refreshTokenOfAnotherClientFails() {
    Pkce pkce = Pkce.generate();
    String refresh =
        exchange(client, code(client, pkce, "data.share.sales"), REDIRECT, pkce.verifier())
            .jsonPath()
            .getString("refresh_token");
    OAuth.Client other =
        OAuth.confidentialClient(
            "Thief " + UUID.randomUUID(), List.of("data.share.sales"), List.of(REDIRECT));
    assertOAuthError(
        OAuth.token(other, Map.of("grant_type", "refresh_token", "refresh_token", refresh)),
        400,
        "invalid_grant");
  }

  @Test
  void refreshCannotEscalateScope() {
    Pkce pkce = Pkce.generate();
    String refresh =
        exchange(client, code(client, pkce, "data.share.sales"), REDIRECT, pkce.verifier())
            .jsonPath()
            .getString("refresh_token");
    assertOAuthError(
        OAuth.token(
            client,
            Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                refresh,
                "scope",
                "data.share.sales credit.score.read")),
        400,
        "invalid_scope");
  }

  @Test
  void disabledClientCannotUseItsCode() {
    Pkce pkce = Pkce.generate();
    String code = code(client, pkce, "data.share.sales");
    OAuth.admin()
        .contentType("application/json")
        .body(Map.of("enabled", false))
        .patch("/v1/admin/oauth-clients/" + client.clientId())
        .then()
        .statusCode(200);
    assertOAuthError(exchange(client, code, REDIRECT, pkce.verifier()), 401, "invalid_client");
  }

  @Test
  void revokingTheRefreshTokenRevokesItsAccessTokens() {
    Pkce pkce = Pkce.generate();
    Response tokens =
        exchange(client, code(client, pkce, "data.share.sales"), REDIRECT, pkce.verifier());
    Response revoked =
        request()
            .auth()
            .preemptive()
            .basic(client.clientId(), client.secret())
            .formParam("token", tokens.jsonPath().getString("refresh_token"))
            .post("/oauth/revoke");
    assertThat(revoked.statusCode()).isEqualTo(200);
    assertThat(OAuth.isActive(tokens.jsonPath().getString("access_token"))).isFalse();
    assertThat(
            request()
                .auth()
                .preemptive()
                .basic(client.clientId(), client.secret())
                .formParam("token", "never-issued")
                .post("/oauth/revoke")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void withoutRotationTheRefreshTokenStaysTheSame() {
    Pkce pkce = Pkce.generate();
    String refresh =
        exchange(client, code(client, pkce, "data.share.sales"), REDIRECT, pkce.verifier())
            .jsonPath()
            .getString("refresh_token");
    Response refreshed =
        OAuth.token(client, Map.of("grant_type", "refresh_token", "refresh_token", refresh));
    assertThat(refreshed.jsonPath().getString("refresh_token")).isEqualTo(refresh);
    assertThat(
            OAuth.token(client, Map.of("grant_type", "refresh_token", "refresh_token", refresh))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void rotatedRefreshTokenReuseRevokesTheWholeGrant() {
    OAuth.setConfig("opensylo.oauth.rotate-refresh-tokens", "true");
    Pkce pkce = Pkce.generate();
    String first =
        exchange(client, code(client, pkce, "data.share.sales"), REDIRECT, pkce.verifier())
            .jsonPath()
            .getString("refresh_token");
    Response rotated =
        OAuth.token(client, Map.of("grant_type", "refresh_token", "refresh_token", first));
    assertThat(rotated.statusCode()).as(rotated.asString()).isEqualTo(200);
    String second = rotated.jsonPath().getString("refresh_token");
    assertThat(second).matches(OAuth.OPAQUE_256_BITS).isNotEqualTo(first);
    String access = rotated.jsonPath().getString("access_token");
    assertThat(OAuth.isActive(access)).isTrue();

    // the first token comes back: someone kept a copy, so the grant and everything under it is
    // revoked
    assertOAuthError(
        OAuth.token(client, Map.of("grant_type", "refresh_token", "refresh_token", first)),
        400,
        "invalid_grant");
    assertOAuthError(
        OAuth.token(client, Map.of("grant_type", "refresh_token", "refresh_token", second)),
        400,
        "invalid_grant");
    assertThat(OAuth.isActive(access)).isFalse();
  }

  @Test
  void denyRedirectsWithAccessDenied() {
    Map<String, String> query = authorizeQuery(client, Pkce.generate(), "data.share.sales");
    Response page = OAuth.authorize(query);
    Map<String, String> params =
        OAuth.redirectParams(OAuth.decide(OAuth.hiddenFields(page.asString()), "", "", "deny"));
    assertThat(params.get("error")).isEqualTo("access_denied");
    assertThat(params.get("state")).isEqualTo(query.get("state"));
    assertThat(params).doesNotContainKey("code");
  }

  @Test
  void wrongPasswordShowsTheFormAgain() {
    Response page = OAuth.authorize(authorizeQuery(client, Pkce.generate(), "data.share.sales"));
    Response again =
        OAuth.decide(OAuth.hiddenFields(page.asString()), email, "wrong-password-123", "approve");
    assertThat(again.statusCode()).isEqualTo(401);
    assertThat(again.asString())
        .contains("The email or password is incorrect.")
        .doesNotContain("wrong-password-123");
  }

  @Test
  void aRequestClosesAfterFiveFailedSignInsAndTheMerchantIsLockedLikeAWrongPassword() {
    String merchantId = OAuth.createMerchant("locked-" + email, PASSWORD);
    String lockedEmail = "locked-" + email;
    Response page = OAuth.authorize(authorizeQuery(client, Pkce.generate(), "data.share.sales"));
    Map<String, String> hidden = OAuth.hiddenFields(page.asString());
    for (int i = 1; i <= 4; i++) {
      Response again = OAuth.decide(hidden, lockedEmail, "wrong-password-" + i, "approve");
      assertThat(again.statusCode()).as("attempt " + i).isEqualTo(401);
      assertThat(again.asString()).contains("The email or password is incorrect.");
    }
    Response closed = OAuth.decide(hidden, lockedEmail, "wrong-password-5", "approve");
    assertThat(closed.statusCode()).isEqualTo(400);
    assertThat(closed.header("Location")).isNull();
    assertThat(closed.asString()).contains("Start again from the application");
    // closed for good: even the right password gets no code from this request
    Response afterClose = OAuth.decide(hidden, lockedEmail, PASSWORD, "approve");
    assertThat(afterClose.statusCode()).isEqualTo(400);
    assertThat(afterClose.header("Location")).isNull();

    // the email is now locked on this address: a new request answers exactly like a wrong password
    Response fresh = OAuth.authorize(authorizeQuery(client, Pkce.generate(), "data.share.sales"));
    Map<String, String> freshHidden = OAuth.hiddenFields(fresh.asString());
    Response locked = OAuth.decide(freshHidden, lockedEmail, PASSWORD, "approve");
    Response wrong =
        OAuth.decide(
            OAuth.hiddenFields(
                OAuth.authorize(authorizeQuery(client, Pkce.generate(), "data.share.sales"))
                    .asString()),
            email,
            "wrong-password-x",
            "approve");
    assertThat(locked.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(401);
    assertThat(errorText(locked.asString())).isEqualTo(errorText(wrong.asString()));
    assertThat(locked.header("Location")).isNull();

    OAuth.moveClock("PT15M1S");
    Response later = OAuth.authorize(authorizeQuery(client, Pkce.generate(), "data.share.sales"));
    Map<String, String> params =
        OAuth.redirectParams(
            OAuth.decide(OAuth.hiddenFields(later.asString()), lockedEmail, PASSWORD, "approve"));
    assertThat(params.get("code")).matches(OAuth.OPAQUE_256_BITS);

    assertThat(audit("merchant.sign_in_failed", merchantId)).hasSize(5);
    assertThat(audit("merchant.account_locked", merchantId)).hasSize(1);
    assertThat(audit("merchant.sign_in_locked", merchantId)).hasSize(1);
    assertThat(audit("oauth.authorization_request_closed", hidden.get("request_id"))).hasSize(1);
  }

  private static String errorText(String html) {
    var m =
        java.util.regex.Pattern.compile("<p class=\"error\" id=\"error\"[^>]*>([^<]*)</p>")
            .matcher(html);
    assertThat(m.find()).as(html).isTrue();
    return m.group(1);
  }

  private static List<Map<String, Object>> audit(String type, String targetId) {
    return com.opensylo.testsupport.Marketplaces.auditEvents(type, targetId);
  }

  @Test
  void forgedCsrfTokenIsRefused() {
    Response page = OAuth.authorize(authorizeQuery(client, Pkce.generate(), "data.share.sales"));
    Map<String, String> hidden = OAuth.hiddenFields(page.asString());
    hidden.put("csrf_token", "forged");
    Response refused = OAuth.decide(hidden, email, PASSWORD, "approve");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.header("Location")).isNull();
  }

  @Test
  void unknownClientAndUnregisteredRedirectAreErrorPagesNeverRedirects() {
    Map<String, String> unknown =
        authorizeQuery(
            new OAuth.Client("nope_client_00000000", null), Pkce.generate(), "data.share.sales");
    Response r1 = OAuth.authorize(unknown);
    assertThat(r1.statusCode()).isEqualTo(400);
    assertThat(r1.header("Location")).isNull();
    assertThat(r1.contentType()).startsWith("text/html");

    Map<String, String> badRedirect = authorizeQuery(client, Pkce.generate(), "data.share.sales");
    badRedirect.put("redirect_uri", "https://attacker.example/cb");
    Response r2 = OAuth.authorize(badRedirect);
    assertThat(r2.statusCode()).isEqualTo(400);
    assertThat(r2.header("Location")).isNull();
  }

  @Test
  void scopeBeyondTheClientIsRedirectedAsInvalidScope() {
    Map<String, String> params =
        OAuth.redirectParams(OAuth.authorize(authorizeQuery(client, Pkce.generate(), "admin")));
    assertThat(params.get("error")).isEqualTo("invalid_scope");
  }

  @Test
  void publicClientsMustUsePkceAndPlainIsRefused() {
    OAuth.Client spa =
        OAuth.publicClient(
            "SPA " + UUID.randomUUID(), List.of("data.share.sales"), List.of(REDIRECT));
    assertThat(
            OAuth.redirectParams(OAuth.authorize(authorizeQuery(spa, null, "data.share.sales")))
                .get("error"))
        .isEqualTo("invalid_request");
    Map<String, String> plain = authorizeQuery(spa, Pkce.generate(), "data.share.sales");
    plain.put("code_challenge_method", "plain");
    assertThat(OAuth.redirectParams(OAuth.authorize(plain)).get("error"))
        .isEqualTo("invalid_request");

    Pkce pkce = Pkce.generate();
    Response tokens = exchange(spa, code(spa, pkce, "data.share.sales"), REDIRECT, pkce.verifier());
    assertThat(tokens.statusCode()).as(tokens.asString()).isEqualTo(200);
  }

  @Test
  void firstPartyClientsSkipTheConsentList() {
    OAuth.Client own =
        OAuth.firstPartyClient(
            "Own " + UUID.randomUUID(), List.of("data.share.sales"), List.of(REDIRECT));
    Response page = OAuth.authorize(authorizeQuery(own, Pkce.generate(), "data.share.sales"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.asString()).doesNotContain("id=\"scopes\"").contains("Sign in");
  }
}
