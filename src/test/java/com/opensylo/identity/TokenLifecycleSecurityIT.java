package com.opensylo.identity;

import static com.opensylo.testsupport.Api.assertApiError;
import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.CodeFlow;
import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import com.opensylo.testsupport.Pkce;
import com.opensylo.testsupport.RestoreServerOverrides;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security review M1, M2, M3, L1, L4, L10, L11 and the RFC deviations of the authorization
 * endpoint: when a client is active, which scopes a refresh may return, how refresh tokens rotate,
 * who may introspect what.
 */
@ExtendWith({ArquillianExtension.class, RestoreServerOverrides.class})
class TokenLifecycleSecurityIT {

  private static final String REDIRECT = "https://lifecycle.example/cb";
  private static final String HEALTH = "/api/marketplace/data/health";
  private static final String PASSWORD = "Merchant-Pass-" + UUID.randomUUID();

  private String email;

  @BeforeEach
  void merchant() {
    email = "merchant-" + UUID.randomUUID() + "@example.com";
    OAuth.createMerchant(email, PASSWORD);
  }

  /** A code flow of a new confidential client with {@code scopes}, for this test's merchant. */
  private CodeFlow flow(List<String> scopes) {
    return flowOf(OAuth.confidentialClient(clientName(), scopes, List.of(REDIRECT)));
  }

  /** The same with a new public client (no secret). */
  private CodeFlow publicFlow(List<String> scopes) {
    return flowOf(OAuth.publicClient(clientName(), scopes, List.of(REDIRECT)));
  }

  private CodeFlow flowOf(OAuth.Client client) {
    return new CodeFlow(client, REDIRECT, email, PASSWORD);
  }

  private static String clientName() {
    return "Lifecycle " + UUID.randomUUID();
  }

  private static Response patch(String clientId, Map<String, Object> body) {
    return OAuth.admin()
        .contentType(ContentType.JSON)
        .body(body)
        .patch("/v1/admin/oauth-clients/" + clientId);
  }

  private static int health(String token) {
    return request().header("Authorization", "Bearer " + token).get(HEALTH).statusCode();
  }

  private static String token(Marketplaces.Onboarded m) {
    Response r = Marketplaces.clientCredentials(m.clientId(), m.clientSecret());
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    return r.jsonPath().getString("access_token");
  }

  @Test
  void aSuspendedMarketplacesClientCannotBeReEnabledByPatch() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    String before = token(m);
    assertThat(OAuth.admin().post("/v1/admin/marketplaces/" + m.id() + "/suspend").statusCode())
        .isEqualTo(200);
    assertApiError(
        patch(m.clientId(), Map.of("enabled", true)),
        409,
        "CLIENT_OWNER_SUSPENDED",
        "/v1/admin/oauth-clients/" + m.clientId());
    assertThat(Marketplaces.clientCredentials(m.clientId(), m.clientSecret()).statusCode())
        .isEqualTo(401);
    assertThat(health(before)).isEqualTo(401);

    assertThat(OAuth.admin().post("/v1/admin/marketplaces/" + m.id() + "/reactivate").statusCode())
        .isEqualTo(200);
    assertThat(health(token(m))).isEqualTo(200);
    // a suspension ends the tokens issued before it, for good (L10)
    assertThat(health(before)).isEqualTo(401);
  }

  @Test
  void aReactivationDoesNotUndoAnOperatorsDisableAndTheAuditNamesTheChange() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    Response disabled = patch(m.clientId(), Map.of("enabled", false));
    assertThat(disabled.statusCode()).as(disabled.asString()).isEqualTo(200);
    assertThat(OAuth.admin().post("/v1/admin/marketplaces/" + m.id() + "/suspend").statusCode())
        .isEqualTo(200);
    assertThat(OAuth.admin().post("/v1/admin/marketplaces/" + m.id() + "/reactivate").statusCode())
        .isEqualTo(200);
    assertThat(Marketplaces.clientCredentials(m.clientId(), m.clientSecret()).statusCode())
        .isEqualTo(401);
    List<Map<String, Object>> events =
        Marketplaces.auditEvents("oauth_client.updated", m.clientId());
    assertThat(events).hasSize(1);
    assertThat(events.get(0).get("details")).isEqualTo("changed: enabled=false");
  }

  @Test
  void reEnablingAClientDoesNotReviveItsOlderTokens() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    String before = token(m);
    assertThat(health(before)).isEqualTo(200);
    assertThat(patch(m.clientId(), Map.of("enabled", false)).statusCode()).isEqualTo(200);
    assertThat(health(before)).isEqualTo(401);
    assertThat(patch(m.clientId(), Map.of("enabled", true)).statusCode()).isEqualTo(200);
    assertThat(health(before)).isEqualTo(401);
    assertThat(OAuth.isActive(before)).isFalse();
    String after = token(m);
    assertThat(health(after)).isEqualTo(200);
  }

  @Test
  void reEnablingAClientDoesNotReviveItsOlderRefreshTokens() {
    CodeFlow flow = flow(List.of("data.share.sales"));
    String refresh = flow.tokens("data.share.sales").getString("refresh_token");
    assertThat(patch(flow.client().clientId(), Map.of("enabled", false)).statusCode())
        .isEqualTo(200);
    assertThat(patch(flow.client().clientId(), Map.of("enabled", true)).statusCode())
        .isEqualTo(200);
    Response revived = flow.refresh(refresh, null);
    assertThat(revived.statusCode()).as(revived.asString()).isEqualTo(400);
    assertThat(revived.jsonPath().getString("error")).isEqualTo("invalid_grant");
    assertThat(OAuth.isActive(refresh)).isFalse();
    // a new consent after the re-enable works
    assertThat(flow.tokens("data.share.sales").getString("refresh_token"))
        .matches(OAuth.OPAQUE_256_BITS)
        .isNotEqualTo(refresh);
  }

  @Test
  void refreshAndExchangeNeverReturnAScopeTheClientLost() {
    CodeFlow flow = flow(List.of("data.share.sales", "credit.score.read"));
    JsonPath tokens = flow.tokens("data.share.sales credit.score.read");
    assertThat(tokens.getString("scope")).isEqualTo("data.share.sales credit.score.read");

    // a code issued before the narrowing exchanges for the narrowed scope only
    Pkce pkce = Pkce.generate();
    String code = flow.approve(pkce, "data.share.sales credit.score.read").get("code");
    assertThat(
            patch(flow.client().clientId(), Map.of("allowed_scopes", List.of("credit.score.read")))
                .statusCode())
        .isEqualTo(200);
    Response exchanged =
        OAuth.token(
            flow.client(),
            Map.of(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                REDIRECT,
                "code_verifier",
                pkce.verifier()));
    assertThat(exchanged.statusCode()).as(exchanged.asString()).isEqualTo(200);
    assertThat(exchanged.jsonPath().getString("scope")).isEqualTo("credit.score.read");

    Response refreshed = flow.refresh(tokens.getString("refresh_token"), null);
    assertThat(refreshed.statusCode()).as(refreshed.asString()).isEqualTo(200);
    assertThat(refreshed.jsonPath().getString("scope")).isEqualTo("credit.score.read");
    assertThat(CodeFlow.claims(refreshed.jsonPath().getString("access_token")).getString("scope"))
        .isEqualTo("credit.score.read");
    Response regain = flow.refresh(tokens.getString("refresh_token"), "data.share.sales");
    assertThat(regain.statusCode()).isEqualTo(400);
    assertThat(regain.jsonPath().getString("error")).isEqualTo("invalid_scope");
  }

  @Test
  void aPublicClientsRefreshTokenRotatesAndAReuseRevokesTheChain() {
    CodeFlow flow = publicFlow(List.of("data.share.sales"));
    String first = flow.tokens("data.share.sales").getString("refresh_token");
    Response r1 = flow.refresh(first, null);
    assertThat(r1.statusCode()).as(r1.asString()).isEqualTo(200);
    String second = r1.jsonPath().getString("refresh_token");
    assertThat(second).isNotEqualTo(first);
    String access = r1.jsonPath().getString("access_token");

    Response reuse = flow.refresh(first, null);
    assertThat(reuse.statusCode()).isEqualTo(400);
    assertThat(reuse.jsonPath().getString("error")).isEqualTo("invalid_grant");
    assertThat(flow.refresh(second, null).statusCode()).isEqualTo(400);
    assertThat(OAuth.isActive(access)).isFalse();
    String grantId = CodeFlow.claims(access).getString("gid");
    List<Map<String, Object>> reused =
        Marketplaces.auditEvents("oauth.refresh_token_reused", grantId);
    assertThat(reused).hasSize(1);
    assertThat(reused.get(0).get("outcome")).isEqualTo("FAILURE");
  }

  @Test
  void concurrentRefreshesCannotForkARotatingChain() throws Exception {
    CodeFlow flow = publicFlow(List.of("data.share.sales"));
    String refresh = flow.tokens("data.share.sales").getString("refresh_token");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<Response>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        calls.add(() -> flow.refresh(refresh, null));
      }
      List<Response> answers = new ArrayList<>();
      for (Future<Response> f : pool.invokeAll(calls)) {
        answers.add(f.get());
      }
      List<Response> ok = answers.stream().filter(r -> r.statusCode() == 200).toList();
      assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 400));
      assertThat(ok).hasSize(1);
      // the losers were reuses: the one new token issued does not survive them
      assertThat(flow.refresh(ok.get(0).jsonPath().getString("refresh_token"), null).statusCode())
          .isEqualTo(400);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void introspectionAnswersOnlyForTheCallersOwnTokens() {
    Marketplaces.Onboarded a = Marketplaces.onboard();
    Marketplaces.Onboarded b = Marketplaces.onboard();
    String aToken = token(a);
    java.util.function.BiFunction<Marketplaces.Onboarded, String, JsonPath> introspect =
        (caller, t) ->
            request()
                .auth()
                .preemptive()
                .basic(caller.clientId(), caller.clientSecret())
                .formParam("token", t)
                .post("/oauth/introspect")
                .jsonPath();
    assertThat(introspect.apply(a, aToken).getBoolean("active")).isTrue();
    assertThat(introspect.apply(a, aToken).getString("client_id")).isEqualTo(a.clientId());
    JsonPath foreign = introspect.apply(b, aToken);
    assertThat(foreign.getBoolean("active")).isFalse();
    assertThat(foreign.getMap("")).containsOnlyKeys("active");
    // operators (resource servers) still see every token
    assertThat(OAuth.isActive(aToken)).isTrue();
  }

  @Test
  void anotherClientsRefreshTokenLooksUnknown() {
    CodeFlow flow = flow(List.of("data.share.sales"));
    String refresh = flow.tokens("data.share.sales").getString("refresh_token");
    OAuth.Client other =
        OAuth.confidentialClient(
            "Other " + UUID.randomUUID(), List.of("data.share.sales"), List.of(REDIRECT));
    Response stolen =
        OAuth.token(other, Map.of("grant_type", "refresh_token", "refresh_token", refresh));
    Response unknown =
        OAuth.token(
            other, Map.of("grant_type", "refresh_token", "refresh_token", "nope-" + refresh));
    assertThat(stolen.statusCode()).isEqualTo(400);
    assertThat(stolen.jsonPath().getString("error_description"))
        .isEqualTo(unknown.jsonPath().getString("error_description"));
  }

  @Test
  void anOverlongStateIsAnErrorPageNotA500() {
    CodeFlow flow = flow(List.of("data.share.sales"));
    Map<String, String> query = flow.query(Pkce.generate(), "data.share.sales");
    query.put("state", "s".repeat(1025));
    Response page = OAuth.authorize(query);
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.header("Location")).isNull();
    query.put("state", "s".repeat(1024));
    assertThat(OAuth.authorize(query).statusCode()).isEqualTo(200);
  }

  @Test
  void authorizationResponsesNameTheIssuerAndDiscoverySaysSo() {
    CodeFlow flow = flow(List.of("data.share.sales"));
    Map<String, String> approved = flow.approve(Pkce.generate(), "data.share.sales");
    assertThat(approved.get("iss")).isEqualTo("http://localhost:9080");
    assertThat(approved.get("code")).matches(OAuth.OPAQUE_256_BITS);
    Map<String, String> refused =
        OAuth.redirectParams(OAuth.authorize(flow.query(Pkce.generate(), "credit.score.read")));
    assertThat(refused.get("error")).isEqualTo("invalid_scope");
    assertThat(refused.get("iss")).isEqualTo("http://localhost:9080");
    assertThat(
            request()
                .get("/.well-known/oauth-authorization-server")
                .jsonPath()
                .getBoolean("authorization_response_iss_parameter_supported"))
        .isTrue();
  }

  @Test
  void repeatedAuthorizationParametersAreRefused() {
    CodeFlow flow = flow(List.of("data.share.sales"));
    Map<String, String> query = flow.query(Pkce.generate(), "data.share.sales");
    Response twiceClient =
        request()
            .queryParams(query)
            .queryParam("client_id", flow.client().clientId())
            .get("/oauth/authorize");
    assertThat(twiceClient.statusCode()).isEqualTo(400);
    assertThat(twiceClient.header("Location")).isNull();
    Response twiceScope =
        request()
            .queryParams(query)
            .queryParam("scope", "data.share.sales")
            .get("/oauth/authorize");
    Map<String, String> error = OAuth.redirectParams(twiceScope);
    assertThat(error.get("error")).isEqualTo("invalid_request");
    assertThat(error.get("error_description")).contains("scope");
  }

  @Test
  void aScopeWithControlCharactersIsInvalidScope() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    for (String scope : List.of("credit.score.read\u0001", "credit.score.read\tdata.share.sales")) {
      Response r =
          request()
              .auth()
              .preemptive()
              .basic(m.clientId(), m.clientSecret())
              .formParam("grant_type", "client_credentials")
              .formParam("scope", scope)
              .post("/oauth/token");
      assertThat(r.statusCode()).as(r.asString()).isEqualTo(400);
      assertThat(r.jsonPath().getString("error")).isEqualTo("invalid_scope");
    }
  }

  @Test
  void aFailedClientAuthenticationIsAudited() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    assertThat(Marketplaces.clientCredentials(m.clientId(), "cs_secret_wrong").statusCode())
        .isEqualTo(401);
    List<Map<String, Object>> events =
        Marketplaces.auditEvents("oauth.client_auth_failed", m.clientId());
    assertThat(events).hasSize(1);
    assertThat(events.get(0).get("outcome")).isEqualTo("FAILURE");
    assertThat(events.get(0).toString()).doesNotContain("cs_secret_wrong");
  }

  @Test
  void repeatedFailedClientAuthenticationIsThrottledButNeverRefusesTheRightSecret() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    for (int i = 0; i < 10; i++) {
      assertThat(Marketplaces.clientCredentials(m.clientId(), "cs_secret_guess" + i).statusCode())
          .isEqualTo(401);
    }
    List<Map<String, Object>> audited =
        Marketplaces.auditEvents("oauth.client_auth_failed", m.clientId());
    assertThat(audited).hasSize(10);
    assertThat(audited.get(0).get("details").toString()).contains("go unrecorded for a while");
    // throttled: more failures are refused without a count or an audit row each
    for (int i = 0; i < 5; i++) {
      assertThat(Marketplaces.clientCredentials(m.clientId(), "cs_secret_more" + i).statusCode())
          .isEqualTo(401);
    }
    assertThat(Marketplaces.auditEvents("oauth.client_auth_failed", m.clientId())).hasSize(10);
    // client ids are public: a stranger's failures never lock the marketplace out
    assertThat(Marketplaces.clientCredentials(m.clientId(), m.clientSecret()).statusCode())
        .isEqualTo(200);
    // and the right secret ends the throttle: failures are counted and audited again
    assertThat(Marketplaces.clientCredentials(m.clientId(), "cs_secret_after").statusCode())
        .isEqualTo(401);
    assertThat(Marketplaces.auditEvents("oauth.client_auth_failed", m.clientId())).hasSize(11);
  }

  @Test
  void concurrentFailuresOfOneClientAreAllCountedNeverAServerError() throws Exception {
    // the throttle's first row for a key is created while others lock it: no deadlock, no lost
    // count
    Marketplaces.Onboarded m = Marketplaces.onboard();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String guess = "cs_secret_concurrent" + i;
        calls.add(() -> Marketplaces.clientCredentials(m.clientId(), guess).statusCode());
      }
      for (Future<Integer> status : pool.invokeAll(calls)) {
        assertThat(status.get()).isEqualTo(401);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(Marketplaces.auditEvents("oauth.client_auth_failed", m.clientId())).hasSize(8);
    // two more reach the limit of 10 exactly: the eight were all counted
    for (int i = 0; i < 2; i++) {
      Marketplaces.clientCredentials(m.clientId(), "cs_secret_more" + i);
    }
    assertThat(
            Marketplaces.auditEvents("oauth.client_auth_failed", m.clientId())
                .get(0)
                .get("details"))
        .asString()
        .contains("go unrecorded for a while");
  }

  @Test
  void aFailedAuthenticationWithAnUnknownIdKeepsThatIdOutOfTheAudit() {
    // a caller that swapped id and secret must not write its secret into the trail
    String swapped = "cs_secret_" + UUID.randomUUID();
    assertThat(Marketplaces.clientCredentials(swapped, "x").statusCode()).isEqualTo(401);
    assertThat(Marketplaces.auditEvents("oauth.client_auth_failed", swapped)).isEmpty();
  }

  @Test
  void productionWebhooksCannotTargetInternalAddressesButSandboxOnesMay() {
    Marketplaces.Onboarded production = Marketplaces.onboard();
    String owner = Marketplaces.ownerToken(production);
    for (String url :
        List.of(
            "http://localhost:8089/hook",
            "https://127.0.0.1/hook",
            "https://[::1]:22/",
            "https://169.254.169.254/latest/meta-data",
            "https://10.0.0.1/hook",
            "https://192.168.1.10/hook",
            "https://100.64.0.1/hook",
            "https://[fd00::1]/hook")) {
      Response refused =
          Marketplaces.bearer(owner)
              .contentType(ContentType.JSON)
              .body(Map.of("url", url, "enabled", true))
              .put("/marketplace-dashboard/webhook");
      JsonPath body =
          assertApiError(refused, 400, "VALIDATION_FAILED", "/marketplace-dashboard/webhook");
      assertThat(body.getString("details[0].field")).as(url).isEqualTo("url");
    }
    assertThat(
            Marketplaces.bearer(owner)
                .get("/marketplace-dashboard/webhook")
                .jsonPath()
                .getString("url"))
        .isNull();

    Marketplaces.Onboarded sandbox = Marketplaces.onboard("SANDBOX");
    Response local =
        Marketplaces.bearer(Marketplaces.ownerToken(sandbox))
            .contentType(ContentType.JSON)
            .body(Map.of("url", "http://localhost:8089/hook", "enabled", true))
            .put("/marketplace-dashboard/webhook");
    assertThat(local.statusCode()).as(local.asString()).isEqualTo(200);
  }
}
