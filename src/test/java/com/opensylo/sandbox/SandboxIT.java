package com.opensylo.sandbox;

import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.loan.Lending;
import com.opensylo.merchant.Ingestion;
import com.opensylo.testsupport.CodeFlow;
import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import com.opensylo.testsupport.Pkce;
import com.opensylo.testsupport.RestoreServerOverrides;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sandbox of SPEC §10 as a developer and an operator meet it: the published world seeded at
 * start-up, its scores and loans, the endpoints off when the sandbox is, isolation from production
 * both ways, the consent and PKCE rules, and the daily reset (once across nodes, production rows
 * untouched).
 */
@ExtendWith({ArquillianExtension.class, RestoreServerOverrides.class})
class SandboxIT {

  private static final String[] TIERS = {"A", "B", "C", "D", "E"};
  private static final int[] SCORES = {85, 72, 55, 40, 20};

  /** The published credentials, read from the endpoint as a developer would. */
  private static Marketplaces.Onboarded sandbox() {
    Response response = request().get("/sandbox/test-credentials");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    JsonPath c = response.jsonPath();
    return new Marketplaces.Onboarded(
        c.getString("credentials[0].marketplaceId"),
        c.getString("credentials[0].platformName"),
        c.getString("credentials[0].clientId"),
        c.getString("credentials[0].clientSecret"),
        c.getString("credentials[0].webhookSecret"),
        null,
        c.getString("credentials[0].dashboardEmail"),
        c.getString("credentials[0].dashboardPassword"));
  }

  private static String sandboxToken() {
    Marketplaces.Onboarded m = sandbox();
    return OAuth.clientCredentials(m.clientId(), m.clientSecret(), null);
  }

  private static JsonPath activeLoans(String token, String merchantId) {
    Response response =
        Marketplaces.bearer(token)
            .get("/api/v1/marketplace/loans/merchant/" + merchantId + "/active");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return response.jsonPath();
  }

  @Test
  void theTestCredentialsArePublishedAndWork() {
    Response response = request().get("/sandbox/test-credentials");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonPath c = response.jsonPath();
    assertThat(c.getList("credentials")).hasSize(1);
    assertThat(c.getString("credentials[0].clientId"))
        .isEqualTo("sb_opensylo-sandbox_client_5a4db0c5");
    assertThat(c.getString("credentials[0].clientSecret")).startsWith("cs_secret_");
    assertThat(c.getList("credentials[0].redirectUris"))
        .containsExactly("http://localhost:3000/callback", "http://127.0.0.1:3000/callback");
    assertThat(c.getList("credentials[0].allowedScopes"))
        .contains("data.share.sales", "credit.score.read", "repayment.report")
        .doesNotContain("admin");
    assertThat(c.getString("credentials[0].marketplaceName"))
        .isEqualTo("OpenSylo Sandbox Marketplace");
    Marketplaces.Onboarded m = sandbox();
    Response token =
        request()
            .auth()
            .preemptive()
            .basic(m.clientId(), m.clientSecret())
            .formParam("grant_type", "client_credentials")
            .post("/oauth/token");
    assertThat(token.statusCode()).as(token.asString()).isEqualTo(200);
    // sandbox access tokens live 7 days
    assertThat(token.jsonPath().getLong("expires_in")).isEqualTo(Duration.ofDays(7).toSeconds());
    // the published dashboard user signs in, reads, and can change nothing that others share
    assertThat(m.ownerEmail()).isEqualTo("developer@sandbox.opensylo.com");
    String dashboard = Marketplaces.token(m.ownerEmail(), m.ownerPassword());
    assertThat(
            Marketplaces.bearer(dashboard)
                .get("/marketplace-dashboard/webhook-deliveries")
                .statusCode())
        .isEqualTo(200);
    Response password =
        Marketplaces.bearer(dashboard)
            .contentType(ContentType.JSON)
            .body(Map.of("currentPassword", m.ownerPassword(), "newPassword", "Taken-Over-123!"))
            .post("/marketplace-dashboard/password");
    assertThat(password.statusCode()).as(password.asString()).isEqualTo(403);
    assertThat(password.jsonPath().getString("code")).isEqualTo("PUBLISHED_ACCOUNT");
    assertThat(
            Marketplaces.bearer(dashboard)
                .post("/marketplace-dashboard/credentials/regenerate-secret")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            Marketplaces.bearer(dashboard)
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9080/health"))
                .put("/marketplace-dashboard/webhook")
                .statusCode())
        .isEqualTo(403);
    assertThat(Marketplaces.login(m.ownerEmail(), m.ownerPassword()).statusCode()).isEqualTo(200);
  }

  @Test
  void theFiveTestMerchantsAreSeededScoredAndTiersAAndBHaveAnActiveLoan() {
    assertThat(reset(uniqueSlot()).get("ran")).isEqualTo(true); // whatever other tests did
    Response response = request().get("/sandbox/test-merchants");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonPath merchants = response.jsonPath();
    assertThat(merchants.getList("merchants")).hasSize(5);
    String token = sandboxToken();
    for (int i = 0; i < 5; i++) {
      String p = "merchants[" + i + "].";
      String tier = TIERS[i];
      assertThat(merchants.getString(p + "tier")).isEqualTo(tier);
      assertThat(merchants.getString(p + "email"))
          .isEqualTo("tier-" + tier.toLowerCase() + "@sandbox.opensylo.com");
      assertThat(merchants.getString(p + "password")).isEqualTo("SandboxTier" + tier + "123!");
      assertThat(merchants.getInt(p + "creditScore")).isEqualTo(SCORES[i]);
      assertThat(merchants.getString(p + "currency")).isEqualTo("NGN");
      assertThat(merchants.getString(p + "riskLevel")).isNotBlank();
      assertThat(merchants.getString(p + "description")).isNotBlank();
      double cap = merchants.getDouble(p + "lendingCap");
      assertThat(cap > 0).as("cap of tier " + tier).isEqualTo(!tier.equals("E"));
      String merchantId = merchants.getString(p + "merchantId");
      assertThat(merchantId).isEqualTo("sandbox-tier-" + tier.toLowerCase());

      Response score = Ingestion.creditScore(token, merchantId);
      assertThat(score.statusCode()).as(score.asString()).isEqualTo(200);
      JsonPath s = score.jsonPath();
      assertThat(s.getInt("creditScore.totalScore")).isEqualTo(SCORES[i]);
      assertThat(s.getString("creditScore.riskTier")).isEqualTo(tier);
      int components = 0;
      for (String c :
          List.of(
              "salesPerformance",
              "revenueConsistency",
              "fulfillment",
              "payoutCashFlow",
              "platformDependency",
              "historicalCredit")) {
        components += s.getInt("creditScore.breakdown." + c + ".score");
      }
      int penalty = s.getInt("creditScore.breakdown.behavioralRisk.penalty");
      assertThat(Math.max(0, components - penalty)).as("breakdown of " + tier).isEqualTo(SCORES[i]);
      assertThat(s.getDouble("creditScore.maxLendingAmount")).isEqualTo(cap);

      JsonPath loans = activeLoans(token, merchantId);
      boolean lent = tier.equals("A") || tier.equals("B");
      assertThat(loans.getBoolean("hasActiveLoan")).as("loan of " + tier).isEqualTo(lent);
      if (lent) {
        assertThat(loans.getList("loans")).hasSize(1);
        assertThat(loans.getString("loans[0].status")).isEqualTo("ACTIVE");
        assertThat(loans.getDouble("loans[0].totalPaid")).isZero();
      }
    }
  }

  @Test
  void aTestMerchantsScoreIsSimulatedFromItsTierWhateverItSubmits() {
    String token = sandboxToken();
    Map<String, Object> best = Ingestion.payload("sandbox-tier-d");
    JsonPath accepted = Ingestion.accepted(token, best);
    assertThat(accepted.getInt("creditScore.totalScore")).isEqualTo(40);
    assertThat(accepted.getString("creditScore.riskTier")).isEqualTo("D");
    // the same data for a production merchant scores on its own merits
    Lending.Shop shop = Lending.shop();
    Lending.Borrower real = Lending.borrower(shop);
    assertThat(real.tier()).isNotEqualTo("D");
  }

  @Test
  void theSandboxEndpointsAnswer403WhenTheSandboxIsDisabled() {
    OAuth.setConfig("opensylo.sandbox.enabled", "false");
    for (String path :
        List.of("/sandbox/info", "/sandbox/test-credentials", "/sandbox/test-merchants")) {
      Response response = request().get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(403);
      assertThat(response.jsonPath().getString("code")).isEqualTo("SANDBOX_DISABLED");
      assertThat(response.jsonPath().getBoolean("success")).isFalse();
      assertThat(response.jsonPath().getString("path")).isEqualTo(path);
    }
    OAuth.setConfig("opensylo.sandbox.enabled", "");
    assertThat(request().get("/sandbox/info").statusCode()).isEqualTo(200);
  }

  @Test
  void sandboxAndProductionNeverSeeEachOthersMerchantsOrLoans() {
    Lending.Shop shop = Lending.shop();
    Lending.Borrower borrower = Lending.borrower(shop);
    String productionLoan = Lending.activeLoan(shop, borrower, "1000.00", "100.00");
    String sandbox = sandboxToken();
    String sandboxLoan = activeLoans(sandbox, "sandbox-tier-a").getString("loans[0].loanId");

    // a sandbox token on production data
    assertThat(Ingestion.creditScore(sandbox, borrower.merchantId()).statusCode()).isEqualTo(404);
    assertThat(
            Marketplaces.bearer(sandbox)
                .get("/api/v1/marketplace/loans/" + productionLoan + "/status")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            Marketplaces.bearer(sandbox)
                .get("/api/v1/marketplace/loans/merchant/" + borrower.merchantId() + "/active")
                .statusCode())
        .isEqualTo(404);
    // a production token on sandbox data
    assertThat(Ingestion.creditScore(shop.token(), "sandbox-tier-a").statusCode()).isEqualTo(404);
    assertThat(
            Marketplaces.bearer(shop.token())
                .get("/api/v1/marketplace/loans/" + sandboxLoan + "/status")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            Marketplaces.bearer(shop.token())
                .get("/api/v1/marketplace/loans/merchant/sandbox-tier-a/active")
                .statusCode())
        .isEqualTo(404);
    // and each still sees its own
    assertThat(
            Marketplaces.bearer(shop.token())
                .get("/api/v1/marketplace/loans/" + productionLoan + "/status")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            Marketplaces.bearer(sandbox)
                .get("/api/v1/marketplace/loans/" + sandboxLoan + "/status")
                .statusCode())
        .isEqualTo(200);
  }

  private static Map<String, String> authorizeQuery(
      String clientId, String redirectUri, String challenge, String method) {
    Map<String, String> q = new HashMap<>();
    q.put("client_id", clientId);
    q.put("redirect_uri", redirectUri);
    q.put("response_type", "code");
    q.put("scope", "data.share.sales credit.score.read");
    q.put("state", "st-" + UUID.randomUUID());
    q.put("code_challenge", challenge);
    q.put("code_challenge_method", method);
    return q;
  }

  @Test
  void aSandboxTestMerchantCanConsentOnlyToSandboxClients() {
    Lending.Shop shop = Lending.shop();
    Pkce pkce = Pkce.generate();
    Response page =
        OAuth.authorize(
            authorizeQuery(
                shop.marketplace().clientId(), Marketplaces.REDIRECT, pkce.challenge(), "S256"));
    assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
    Response refused =
        OAuth.decide(
            OAuth.hiddenFields(page.asString()),
            "tier-a@sandbox.opensylo.com",
            "SandboxTierA123!",
            "approve");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.header("Location")).isNull();
    assertThat(refused.asString()).contains("sandbox test account");

    // the same account consents to the sandbox client
    Marketplaces.Onboarded sandbox = sandbox();
    Response sandboxPage =
        OAuth.authorize(
            authorizeQuery(
                sandbox.clientId(), "http://localhost:3000/callback", pkce.challenge(), "S256"));
    assertThat(sandboxPage.statusCode()).as(sandboxPage.asString()).isEqualTo(200);
    Map<String, String> redirect =
        OAuth.redirectParams(
            OAuth.decide(
                OAuth.hiddenFields(sandboxPage.asString()),
                "tier-a@sandbox.opensylo.com",
                "SandboxTierA123!",
                "approve"));
    assertThat(redirect.get("code")).isNotBlank();
  }

  @Test
  void plainPkceIsRefusedForAProductionClientAndAcceptedForASandboxOne() {
    Lending.Shop shop = Lending.shop();
    String verifier = Pkce.generate().verifier();
    Response production =
        OAuth.authorize(
            authorizeQuery(
                shop.marketplace().clientId(), Marketplaces.REDIRECT, verifier, "plain"));
    assertThat(production.statusCode()).isEqualTo(302);
    assertThat(production.header("Location"))
        .startsWith(Marketplaces.REDIRECT)
        .contains("error=invalid_request");

    Marketplaces.Onboarded sandbox = sandbox();
    Response sandboxPage =
        OAuth.authorize(
            authorizeQuery(
                sandbox.clientId(), "http://localhost:3000/callback", verifier, "plain"));
    assertThat(sandboxPage.statusCode()).as(sandboxPage.asString()).isEqualTo(200);
    Map<String, String> redirect =
        OAuth.redirectParams(
            OAuth.decide(
                OAuth.hiddenFields(sandboxPage.asString()),
                "tier-b@sandbox.opensylo.com",
                "SandboxTierB123!",
                "approve"));
    Response exchanged =
        OAuth.token(
            new OAuth.Client(sandbox.clientId(), sandbox.clientSecret()),
            Map.of(
                "grant_type",
                "authorization_code",
                "code",
                redirect.get("code"),
                "redirect_uri",
                "http://localhost:3000/callback",
                "code_verifier",
                verifier));
    assertThat(exchanged.statusCode()).as(exchanged.asString()).isEqualTo(200);
  }

  private static Map<String, Object> reset(Instant due) {
    Response response = request().queryParam("due", due.toString()).post("/__probe/sandbox-reset");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return response.jsonPath().getMap("");
  }

  private static Map<String, List<String>> dump(String marketplaceId) {
    Response response =
        request().queryParam("marketplaceId", marketplaceId).get("/__probe/marketplace-dump");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return response.jsonPath().getMap("");
  }

  /**
   * Rows per table. Merchants' consents (OAuth grants) are not the marketplace's data and outlive
   * the reset, so tokens a developer holds keep working; they are compared apart.
   */
  private static Map<String, Integer> counts(Map<String, List<String>> dump) {
    Map<String, Integer> counts = new HashMap<>();
    dump.forEach((table, rows) -> counts.put(table, rows.size()));
    counts.remove("oauth_grant");
    return counts;
  }

  private static Instant uniqueSlot() {
    return Instant.parse("2031-01-01T02:00:00Z")
        .plus(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000), ChronoUnit.DAYS);
  }

  @Test
  void theResetRemovesWhatUsersAddedRestoresTheSeedRunsOnceAndLeavesProductionAlone()
      throws Exception {
    Marketplaces.Onboarded sandbox = sandbox();
    assertThat(reset(uniqueSlot()).get("ran")).isEqualTo(true);
    Map<String, Integer> seeded = counts(dump(sandbox.id()));
    assertThat(seeded.get("merchant_link")).isEqualTo(5);
    assertThat(seeded.get("merchant_submission")).isEqualTo(5);
    assertThat(seeded.get("loan")).isEqualTo(2);
    assertThat(seeded.get("inbound_event")).isZero();
    assertThat(seeded.get("marketplace_user")).isEqualTo(1);

    // production: a marketplace with a scored merchant, an active loan and a repayment
    Lending.Shop shop = Lending.shop();
    Lending.Borrower borrower = Lending.borrower(shop);
    String productionLoan = Lending.activeLoan(shop, borrower, "1000.00", "100.00");
    String event = Lending.eventId();
    HttpResponse<String> paid =
        Lending.repayment(
            shop,
            Lending.deduction(shop, borrower, productionLoan, event, Lending.reference(), "50.00"),
            event);
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
    String original = Lending.reference();
    String second = Lending.eventId();
    assertThat(
            Lending.repayment(
                    shop,
                    Lending.deduction(shop, borrower, productionLoan, second, original, "25.00"),
                    second)
                .statusCode())
        .isEqualTo(200);
    String reversal = Lending.eventId();
    HttpResponse<String> reversed =
        Lending.repayment(
            shop, Lending.reversal(shop, productionLoan, reversal, original), reversal);
    assertThat(reversed.statusCode()).as(reversed.body()).isEqualTo(200);
    Map<String, List<String>> productionBefore = dump(shop.id());
    assertThat(productionBefore.get("deduction_claim")).hasSize(1);
    assertThat(productionBefore.get("loan_ledger_entry")).hasSizeGreaterThanOrEqualTo(3);

    // what a developer adds to the sandbox: a repayment, a new merchant, another submission, a
    // dashboard user, a webhook test event
    String token = OAuth.clientCredentials(sandbox.clientId(), sandbox.clientSecret(), null);
    String tierALoan = activeLoans(token, "sandbox-tier-a").getString("loans[0].loanId");
    Lending.Shop sandboxShop = new Lending.Shop(sandbox, token);
    Lending.Borrower tierA = new Lending.Borrower("sandbox-tier-a", null, "A", null);
    String sandboxEvent = Lending.eventId();
    HttpResponse<String> deducted =
        Lending.repayment(
            sandboxShop,
            Lending.deduction(
                sandboxShop, tierA, tierALoan, sandboxEvent, Lending.reference(), "1000.00"),
            sandboxEvent);
    assertThat(deducted.statusCode()).as(deducted.body()).isEqualTo(200);
    String email = "dev-" + UUID.randomUUID() + "@shop.example";
    String password = "Dev-Pass-" + UUID.randomUUID();
    OAuth.createMerchant(email, password);
    String newcomer =
        new CodeFlow(
                new OAuth.Client(sandbox.clientId(), sandbox.clientSecret()),
                "http://localhost:3000/callback",
                email,
                password)
            .tokens(Ingestion.ALL_SCOPES)
            .getString("access_token");
    Ingestion.accepted(newcomer, Ingestion.payload("dev-merchant-" + UUID.randomUUID()));
    Ingestion.accepted(token, Ingestion.payload("sandbox-tier-c"));
    String extraEmail = "extra-" + UUID.randomUUID() + "@shop.example";
    assertThat(
            request()
                .queryParam("marketplaceId", sandbox.id())
                .queryParam("email", extraEmail)
                .queryParam("password", "Extra-User-Pass-1!")
                .post("/__probe/marketplace-user")
                .statusCode())
        .isEqualTo(204);
    Marketplaces.User extra =
        new Marketplaces.User(null, extraEmail, "Extra-User-Pass-1!", "ADMIN");
    assertThat(Marketplaces.login(extra.email(), extra.password()).statusCode()).isEqualTo(200);
    Map<String, Integer> used = counts(dump(sandbox.id()));
    assertThat(used.get("merchant_link")).isEqualTo(6);
    assertThat(used.get("merchant_submission")).isEqualTo(7);
    assertThat(used.get("inbound_event")).isEqualTo(1);
    assertThat(used.get("marketplace_user")).isEqualTo(2);

    // two nodes due at the same moment: one runs it
    Instant due = uniqueSlot();
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Map<String, Object>>> nodes =
        List.of(1, 2).stream()
            .map(
                n ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          try {
                            start.await();
                          } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                          }
                          return reset(due);
                        }))
            .toList();
    start.countDown();
    long ran =
        nodes.stream().map(CompletableFuture::join).filter(r -> r.get("ran").equals(true)).count();
    assertThat(ran).isEqualTo(1);
    assertThat(reset(due).get("ran")).as("the slot is recorded as run").isEqualTo(false);

    // the seed is back, what was added is gone
    assertThat(counts(dump(sandbox.id()))).isEqualTo(seeded);
    JsonPath restored = activeLoans(token, "sandbox-tier-a");
    assertThat(restored.getString("loans[0].loanId")).isNotEqualTo(tierALoan);
    assertThat(restored.getDouble("loans[0].totalPaid")).isZero();
    assertThat(restored.getDouble("loans[0].outstandingBalance")).isEqualTo(330000.00);
    assertThat(Marketplaces.login(extra.email(), extra.password()).statusCode()).isEqualTo(401);
    assertThat(Marketplaces.login(sandbox.ownerEmail(), sandbox.ownerPassword()).statusCode())
        .isEqualTo(200);
    assertThat(
            Ingestion.creditScore(token, "sandbox-tier-c")
                .jsonPath()
                .getInt("creditScore.totalScore"))
        .isEqualTo(55);
    // production rows are byte-identical
    assertThat(dump(shop.id())).isEqualTo(productionBefore);
  }

  @Test
  void theSchedulerRunsTheResetWhenTheClockPassesTheSlotAndOnlyOnce() {
    Response first = request().post("/__probe/sandbox-poll"); // the scheduler has seen "now"
    assertThat(first.statusCode()).isEqualTo(200);
    Instant now = Instant.now();
    // a day far enough ahead that no earlier run on this database had its slot
    long days = 2 + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 20_000);
    Instant next2am =
        now.atOffset(ZoneOffset.UTC)
            .toLocalDate()
            .plusDays(days)
            .atTime(2, 0)
            .toInstant(ZoneOffset.UTC);
    OAuth.moveClock(Duration.between(now, next2am.plusSeconds(20)).toString());
    Response polled = request().post("/__probe/sandbox-poll");
    assertThat(polled.statusCode()).isEqualTo(200);
    // this poll ran it, or the node's own scheduler got there first: either way it ran once
    assertThat(reset(next2am).get("ran")).as("the 02:00 slot has run").isEqualTo(false);
    assertThat(request().post("/__probe/sandbox-poll").jsonPath().getBoolean("ran")).isFalse();

    OAuth.setConfig("opensylo.sandbox.reset.schedule", "off");
    OAuth.moveClock(
        Duration.between(now, next2am.plus(Duration.ofDays(1)).plusSeconds(20)).toString());
    assertThat(request().post("/__probe/sandbox-poll").jsonPath().getBoolean("ran")).isFalse();
    Instant dayAfter = next2am.plus(Duration.ofDays(1));
    assertThat(reset(dayAfter).get("ran")).as("off: nothing ran the next slot").isEqualTo(true);

    // the world seeded on the moved clock carries future dates: seed it again in real time
    OAuth.restoreServer();
    assertThat(reset(uniqueSlot()).get("ran")).isEqualTo(true);
  }

  @Test
  void turningTheSandboxOffSuspendsItsPublishedIdentityAndTurningItOnRestoresIt() {
    Marketplaces.Onboarded sandbox = sandbox();
    try {
      assertThat(request().post("/__probe/sandbox-retire").statusCode()).isEqualTo(204);
      Response token =
          request()
              .auth()
              .preemptive()
              .basic(sandbox.clientId(), sandbox.clientSecret())
              .formParam("grant_type", "client_credentials")
              .post("/oauth/token");
      assertThat(token.statusCode()).as(token.asString()).isEqualTo(401);
      assertThat(token.jsonPath().getString("error")).isEqualTo("invalid_client");
      assertThat(Marketplaces.login(sandbox.ownerEmail(), sandbox.ownerPassword()).statusCode())
          .isEqualTo(403);
    } finally {
      assertThat(request().post("/__probe/sandbox-seed").statusCode()).isEqualTo(204);
    }
    assertThat(OAuth.clientCredentials(sandbox.clientId(), sandbox.clientSecret(), null))
        .isNotBlank();
    assertThat(Marketplaces.login(sandbox.ownerEmail(), sandbox.ownerPassword()).statusCode())
        .isEqualTo(200);
  }
}
