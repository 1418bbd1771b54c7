package com.opensylo.merchant;

import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.CodeFlow;
import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the ingestion tests do over HTTP, as a marketplace would: onboard a marketplace allowed
 * every data scope, let a merchant consent through the authorization code flow, build submissions,
 * send them, and count what the server stored for the marketplace.
 */
public final class Ingestion {

  public static final String MERCHANT = "/api/marketplace/data/merchant";
  public static final String BULK = "/api/marketplace/data/bulk";

  /** The five data-sharing scopes, in catalogue order. */
  public static final List<String> DATA_SCOPES =
      List.of(
          "data.share.sales",
          "data.share.fulfillment",
          "data.share.payouts",
          "data.share.risk",
          "data.share.profile");

  /** Every scope ingestion uses: the data scopes and reading the score. */
  public static final String ALL_SCOPES = String.join(" ", DATA_SCOPES) + " credit.score.read";

  private Ingestion() {}

  /** A PRODUCTION marketplace whose client may ask for every ingestion scope. */
  public static Marketplaces.Onboarded onboard() {
    String email = "owner-" + UUID.randomUUID() + "@shop.example";
    Map<String, Object> body =
        Marketplaces.onboardingBody(Marketplaces.platformName(), "PRODUCTION", email);
    body.put("allowedScopes", List.of(ALL_SCOPES.split(" ")));
    Response response =
        OAuth.admin().contentType(ContentType.JSON).body(body).post("/v1/admin/marketplaces");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    JsonPath json = response.jsonPath();
    @SuppressWarnings("unchecked")
    Map<String, Object> owner = (Map<String, Object>) body.get("owner");
    return new Marketplaces.Onboarded(
        json.getString("marketplace.id"),
        json.getString("marketplace.platformName"),
        json.getString("credentials.clientId"),
        OAuth.remember(json.getString("credentials.clientSecret")),
        OAuth.remember(json.getString("credentials.webhookSecret")),
        json.getString("owner.id"),
        email,
        (String) owner.get("password"));
  }

  /** The marketplace's own token (client_credentials) with {@code scope} (null: all it may). */
  public static String clientToken(Marketplaces.Onboarded m, String scope) {
    return OAuth.clientCredentials(m.clientId(), m.clientSecret(), scope);
  }

  /** A merchant account that consented to the marketplace, with its delegated tokens. */
  public record Merchant(
      String accountId, String email, String password, String accessToken, String refreshToken) {}

  /** A new merchant account consents to {@code scope} for the marketplace's client. */
  public static Merchant consent(Marketplaces.Onboarded m, String scope) {
    String email = "merchant-" + UUID.randomUUID() + "@shop.example";
    String password = "Merchant-Pass-" + UUID.randomUUID();
    String accountId = OAuth.createMerchant(email, password);
    return codeFlow(m, accountId, email, password, scope);
  }

  /** The same merchant consents once more, to every ingestion scope (a new grant). */
  public static Merchant consentAgain(Marketplaces.Onboarded m, Merchant merchant) {
    return codeFlow(m, merchant.accountId(), merchant.email(), merchant.password(), ALL_SCOPES);
  }

  /** The same merchant consents once more, to {@code scope} only (a new grant). */
  public static Merchant consentNarrower(
      Marketplaces.Onboarded m, Merchant merchant, String scope) {
    return codeFlow(m, merchant.accountId(), merchant.email(), merchant.password(), scope);
  }

  private static Merchant codeFlow(
      Marketplaces.Onboarded m, String accountId, String email, String password, String scope) {
    JsonPath tokens =
        new CodeFlow(
                new OAuth.Client(m.clientId(), m.clientSecret()),
                Marketplaces.REDIRECT,
                email,
                password)
            .tokens(scope);
    return new Merchant(
        accountId,
        email,
        password,
        tokens.getString("access_token"),
        tokens.getString("refresh_token"));
  }

  /** Revokes the merchant's grant to the marketplace (its refresh token, RFC 7009). */
  public static void revoke(Marketplaces.Onboarded m, Merchant merchant) {
    Response revoked =
        request()
            .auth()
            .preemptive()
            .basic(m.clientId(), m.clientSecret())
            .formParam("token", merchant.refreshToken())
            .post("/oauth/revoke");
    assertThat(revoked.statusCode()).isEqualTo(200);
  }

  /** A complete, valid submission for {@code merchantId}: every block, mutable at every level. */
  public static Map<String, Object> payload(String merchantId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "merchantIdentity",
        map(
            "merchantId", merchantId,
            "businessName", "Ada Stores",
            "businessType", "REGISTERED_BUSINESS",
            "marketplaceOnboardingDate", "2023-01-10",
            "verificationStatus", true,
            "country", "NG",
            "category", "electronics"));
    body.put(
        "salesPerformance",
        map(
            "gmv30Days", 100000,
            "gmv90Days", 300000,
            "gmv180Days", 600000,
            "avgMonthlySales", 100000,
            "orderCount", 600,
            "avgOrderValue", 500,
            "salesGrowthRate", 6));
    List<Object> months = new ArrayList<>();
    for (String month : List.of("2026-06", "2026-07", "2026-08", "2026-09", "2026-10")) {
      months.add(map("month", month, "amount", 100000));
    }
    body.put(
        "revenueConsistency",
        map(
            "monthlyRevenue", months,
            "activeSalesDaysLast30", 28,
            "zeroSalesDaysLast90", 2,
            "monthsWithSales", 12));
    body.put(
        "fulfillmentMetrics",
        map(
            "fulfillmentRate", 99,
            "cancellationRate", 1,
            "refundRate", 1,
            "disputeRate", 0.2,
            "lateDeliveryRate", 2));
    body.put(
        "payoutCashFlow",
        map(
            "payoutFrequency", "DAILY",
            "avgPayoutValue", 3300,
            "failedPayouts", 0,
            "payoutCount90Days", 90));
    body.put(
        "platformDependency",
        map(
            "monthsOnPlatform", 36,
            "platformRevenueShare", 80,
            "sellsOnOtherPlatforms", true,
            "activeListings", 50,
            "repeatCustomerRate", 40));
    body.put(
        "historicalCredit",
        map(
            "previousLoansCount", 3,
            "previousLoansRepaid", 3,
            "previousDefaults", 0,
            "onTimeRepaymentRate", 100,
            "hasActiveExternalLoans", false,
            "totalOutstandingExternalDebt", 0));
    body.put(
        "behavioralRisk",
        map(
            "accountSuspensions", 0,
            "hasFraudFlags", false,
            "hasSuddenGmvSpikes", false,
            "hasLinkedAccounts", false));
    return body;
  }

  /** A mutable map of alternating keys and values. */
  public static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** The block {@code name} of a payload, to change a field in place. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> block(Map<String, Object> payload, String name) {
    return (Map<String, Object>) payload.get(name);
  }

  public static Response submit(String token, Object body) {
    return Marketplaces.bearer(token).contentType(ContentType.JSON).body(body).post(MERCHANT);
  }

  public static Response bulk(String token, Object body) {
    return Marketplaces.bearer(token).contentType(ContentType.JSON).body(body).post(BULK);
  }

  public static Response creditScore(String token, String merchantId) {
    return Marketplaces.bearer(token).get(MERCHANT + "/" + merchantId + "/credit-score");
  }

  /** Submits and asserts 200; returns the body. */
  public static JsonPath accepted(String token, Object body) {
    Response response = submit(token, body);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return response.jsonPath();
  }

  /** What the server stored for the marketplace. */
  public record Rows(long links, long submissions) {}

  public static Rows rows(Marketplaces.Onboarded m) {
    Response response =
        request().queryParam("marketplaceId", m.id()).get("/__probe/ingestion-rows");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return new Rows(
        response.jsonPath().getLong("links"), response.jsonPath().getLong("submissions"));
  }

  /** A fresh merchant id. */
  public static String merchantId() {
    return "m-" + UUID.randomUUID().toString().substring(0, 13);
  }
}
