package com.opensylo.merchant;

import static com.opensylo.merchant.Ingestion.block;
import static com.opensylo.merchant.Ingestion.map;
import static com.opensylo.merchant.Ingestion.merchantId;
import static com.opensylo.merchant.Ingestion.payload;
import static com.opensylo.merchant.Ingestion.rows;
import static com.opensylo.merchant.Ingestion.submit;
import static com.opensylo.testsupport.Api.assertApiError;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.Marketplaces;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Strict validation of every field of a submission over HTTP (SPEC §6): one case at least per rule,
 * each a valid body with one thing broken, answered 400 {@code VALIDATION_FAILED} with the field's
 * JSON path and what is wrong in {@code details}, never a 500, nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class MerchantDataValidationIT {

  private static Marketplaces.Onboarded shop;
  private static String token;

  @BeforeAll
  static void marketplace() {
    shop = Ingestion.onboard();
    token = Ingestion.clientToken(shop, null);
  }

  /** A broken body and the detail it must produce. */
  record Case(String rule, Consumer<Map<String, Object>> breakIt, String field, String message) {}

  private static Case field(String rule, String block, String name, Object value, String message) {
    return new Case(rule, p -> block(p, block).put(name, value), block + "." + name, message);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> month(Map<String, Object> p, int index) {
    return (Map<String, Object>)
        ((List<Object>) block(p, "revenueConsistency").get("monthlyRevenue")).get(index);
  }

  private static final String MONTHS = "revenueConsistency.monthlyRevenue";

  @SuppressWarnings("unchecked")
  static List<Case> cases() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String nextMonth = YearMonth.from(today).plusMonths(1).toString();
    List<Case> cases = new ArrayList<>();
    // JSON types: never coerced
    cases.add(
        field(
            "string for a number", "salesPerformance", "gmv30Days", "100000", "must be a number"));
    cases.add(
        field(
            "string for a boolean",
            "behavioralRisk",
            "hasFraudFlags",
            "false",
            "must be true or false"));
    cases.add(
        field(
            "number for a boolean",
            "platformDependency",
            "sellsOnOtherPlatforms",
            1,
            "must be true or false"));
    cases.add(
        field("number for a string", "merchantIdentity", "merchantId", 42, "must be a string"));
    cases.add(
        new Case(
            "string for a block",
            p -> p.put("fulfillmentMetrics", "x"),
            "fulfillmentMetrics",
            "must be an object"));
    cases.add(
        field(
            "object for an array",
            "revenueConsistency",
            "monthlyRevenue",
            Map.of(),
            "must be an array"));
    cases.add(
        new Case(
            "number for a month entry",
            p -> ((List<Object>) block(p, "revenueConsistency").get("monthlyRevenue")).set(0, 5),
            MONTHS + "[0]",
            "must be an object"));
    // required
    cases.add(
        new Case(
            "merchantIdentity required",
            p -> p.remove("merchantIdentity"),
            "merchantIdentity",
            "is required"));
    cases.add(
        new Case(
            "merchantIdentity not null",
            p -> p.put("merchantIdentity", null),
            "merchantIdentity",
            "is required"));
    cases.add(
        new Case(
            "merchantId required",
            p -> block(p, "merchantIdentity").remove("merchantId"),
            "merchantIdentity.merchantId",
            "is required"));
    cases.add(
        new Case(
            "verificationStatus required",
            p -> block(p, "merchantIdentity").remove("verificationStatus"),
            "merchantIdentity.verificationStatus",
            "is required"));
    cases.add(
        new Case(
            "a field of a sent block required",
            p -> block(p, "salesPerformance").remove("gmv90Days"),
            "salesPerformance.gmv90Days",
            "is required"));
    cases.add(
        field(
            "a field of a sent block not null",
            "fulfillmentMetrics",
            "refundRate",
            null,
            "is required"));
    // ranges
    cases.add(
        field(
            "growth rate at least -100",
            "salesPerformance",
            "salesGrowthRate",
            -100.5,
            "must be between -100 and 100000"));
    cases.add(
        field(
            "days within their window (30)",
            "revenueConsistency",
            "activeSalesDaysLast30",
            31,
            "must be <= 30"));
    cases.add(
        field(
            "days within their window (90)",
            "revenueConsistency",
            "zeroSalesDaysLast90",
            91,
            "must be <= 90"));
    cases.add(
        field(
            "months on platform bounded",
            "platformDependency",
            "monthsOnPlatform",
            1201,
            "must be <= 1200"));
    // percentages 0-100
    cases.add(
        field(
            "percentage above 100",
            "fulfillmentMetrics",
            "disputeRate",
            100.01,
            "must be between 0 and 100"));
    cases.add(
        field(
            "percentage below 0",
            "platformDependency",
            "repeatCustomerRate",
            -1,
            "must be between 0 and 100"));
    cases.add(
        field(
            "repayment rate a percentage",
            "historicalCredit",
            "onTimeRepaymentRate",
            250,
            "must be between 0 and 100"));
    // money
    cases.add(
        field("money not negative", "salesPerformance", "avgMonthlySales", -1, "must be >= 0"));
    cases.add(
        field(
            "money at most 2 decimals",
            "payoutCashFlow",
            "avgPayoutValue",
            10.005,
            "must have at most 2 decimals"));
    cases.add(
        field(
            "money bounded",
            "historicalCredit",
            "totalOutstandingExternalDebt",
            1e16,
            "must be <= 999999999999999.99"));
    cases.add(
        new Case(
            "a month's amount is money",
            p -> month(p, 1).put("amount", 1.234),
            MONTHS + "[1].amount",
            "must have at most 2 decimals"));
    // integers where counts are
    cases.add(
        field(
            "count a whole number",
            "salesPerformance",
            "orderCount",
            10.5,
            "must be a whole number"));
    cases.add(field("count not negative", "payoutCashFlow", "failedPayouts", -1, "must be >= 0"));
    cases.add(
        field(
            "suspensions a whole number",
            "behavioralRisk",
            "accountSuspensions",
            0.5,
            "must be a whole number"));
    // enums
    cases.add(
        field(
            "payout frequency enum",
            "payoutCashFlow",
            "payoutFrequency",
            "HOURLY",
            "must be one of DAILY, WEEKLY, BI_WEEKLY, MONTHLY"));
    cases.add(
        field(
            "business type enum",
            "merchantIdentity",
            "businessType",
            "LLC",
            "must be one of INDIVIDUAL, REGISTERED_BUSINESS"));
    cases.add(
        field(
            "enum is case-sensitive",
            "payoutCashFlow",
            "payoutFrequency",
            "daily",
            "must be one of DAILY, WEEKLY, BI_WEEKLY, MONTHLY"));
    // dates not in the future
    cases.add(
        field(
            "onboarding date not in the future",
            "merchantIdentity",
            "marketplaceOnboardingDate",
            today.plusDays(1).toString(),
            "must not be in the future"));
    cases.add(
        field(
            "onboarding date ISO",
            "merchantIdentity",
            "marketplaceOnboardingDate",
            "10/01/2023",
            "must be a date YYYY-MM-DD"));
    cases.add(
        field(
            "onboarding date real",
            "merchantIdentity",
            "marketplaceOnboardingDate",
            "2023-02-30",
            "must be a date YYYY-MM-DD"));
    // months YYYY-MM, unique, not in the future, at most 24
    cases.add(
        new Case(
            "month YYYY-MM",
            p -> month(p, 2).put("month", "2026-7"),
            MONTHS + "[2].month",
            "must be a month YYYY-MM"));
    cases.add(
        new Case(
            "month real",
            p -> month(p, 1).put("month", "2026-13"),
            MONTHS + "[1].month",
            "must be a month YYYY-MM"));
    cases.add(
        new Case(
            "month unique",
            p -> month(p, 3).put("month", "2026-06"),
            MONTHS + "[3].month",
            "repeats 2026-06 of " + MONTHS + "[0]"));
    cases.add(
        new Case(
            "month not in the future",
            p -> month(p, 4).put("month", nextMonth),
            MONTHS + "[4].month",
            "must not be in the future"));
    cases.add(
        new Case(
            "at most 24 months",
            p -> block(p, "revenueConsistency").put("monthlyRevenue", months(25)),
            MONTHS,
            "must have at most 24 months"));
    // cross-field consistency
    cases.add(
        field(
            "gmv30 <= gmv90",
            "salesPerformance",
            "gmv30Days",
            300001,
            "must be <= gmv90Days (the last 30 days are within the last 90)"));
    cases.add(
        new Case(
            "gmv90 <= gmv180",
            p -> block(p, "salesPerformance").put("gmv90Days", 600001),
            "salesPerformance.gmv90Days",
            "must be <= gmv180Days (the last 90 days are within the last 180)"));
    cases.add(
        new Case(
            "repaid + defaults <= loans",
            p -> block(p, "historicalCredit").put("previousDefaults", 1),
            "historicalCredit.previousLoansCount",
            "must be >= previousLoansRepaid + previousDefaults (4)"));
    cases.add(
        field(
            "zero-sales days cover the last 30's",
            "revenueConsistency",
            "zeroSalesDaysLast90",
            1,
            "must be >= 30 - activeSalesDaysLast30 (2): the days without sales of the last 30 are within the last 90"));
    // text
    cases.add(
        field(
            "merchantId format",
            "merchantIdentity",
            "merchantId",
            "bad id!",
            "must be 1-128 characters: letters, digits and . _ : @ -, starting with a letter or digit"));
    cases.add(
        field(
            "merchantId length",
            "merchantIdentity",
            "merchantId",
            "m".repeat(129),
            "must be at most 128 characters"));
    cases.add(
        field(
            "country ISO 3166",
            "merchantIdentity",
            "country",
            "ZZ",
            "must be an ISO 3166-1 alpha-2 country code in capitals, e.g. NG"));
    cases.add(
        field("name not blank", "merchantIdentity", "businessName", "  ", "must not be blank"));
    cases.add(
        field(
            "no control characters",
            "merchantIdentity",
            "category",
            "a\u0007b",
            "must not contain control characters"));
    // unknown fields, named
    cases.add(
        new Case(
            "unknown block",
            p -> p.put("salesPerformace", Map.of()),
            "salesPerformace",
            "is not a known field"));
    cases.add(
        field(
            "unknown field in a block",
            "salesPerformance",
            "gmv31Days",
            1,
            "is not a known field"));
    cases.add(
        new Case(
            "unknown field in a month",
            p -> month(p, 0).put("currency", "NGN"),
            MONTHS + "[0].currency",
            "is not a known field"));
    return cases;
  }

  private static List<Object> months(int count) {
    List<Object> months = new ArrayList<>();
    YearMonth month = YearMonth.of(2024, 1);
    for (int i = 0; i < count; i++) {
      months.add(map("month", month.plusMonths(i).toString(), "amount", 100000));
    }
    return months;
  }

  @Test
  void everyRuleRefusesItsFieldByNameAndStoresNothing() {
    List<String> failures = new ArrayList<>();
    for (Case c : cases()) {
      Map<String, Object> body = payload(merchantId());
      c.breakIt().accept(body);
      Response response = submit(token, body);
      if (response.statusCode() != 400) {
        failures.add(c.rule() + ": " + response.statusCode() + " " + response.asString());
        continue;
      }
      JsonPath json = assertApiError(response, 400, "VALIDATION_FAILED", Ingestion.MERCHANT);
      List<Map<String, String>> details = json.getList("details");
      if (details.size() != 1
          || !c.field().equals(details.get(0).get("field"))
          || !c.message().equals(details.get(0).get("message"))) {
        failures.add(c.rule() + ": expected " + c.field() + " " + c.message() + ", got " + details);
      } else if (!json.getString("message").equals(c.field() + ": " + c.message())) {
        failures.add(c.rule() + ": message " + json.getString("message"));
      }
    }
    assertThat(failures).isEmpty();
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(45);
    assertThat(rows(shop)).isEqualTo(new Ingestion.Rows(0, 0));
  }

  @Test
  void everyProblemOfOneBodyIsListed() {
    Map<String, Object> body = payload(merchantId());
    block(body, "salesPerformance").put("gmv30Days", "lots");
    block(body, "fulfillmentMetrics").put("cancellationRate", 101);
    body.put("extra", true);
    JsonPath json =
        assertApiError(submit(token, body), 400, "VALIDATION_FAILED", Ingestion.MERCHANT);
    assertThat(json.getString("message")).isEqualTo("3 fields are invalid; see details.");
    assertThat(json.getList("details.field"))
        .containsExactly(
            "salesPerformance.gmv30Days", "fulfillmentMetrics.cancellationRate", "extra");
  }

  @Test
  void aBodyThatIsNoObjectOrNoJsonIsA400() {
    for (String body : List.of("null", "[]", "42", "\"x\"")) {
      Response response =
          Marketplaces.bearer(token)
              .contentType("application/json")
              .body(body)
              .post(Ingestion.MERCHANT);
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(response.jsonPath().getString("code"))
          .as(body)
          .isIn("VALIDATION_FAILED", "MALFORMED_JSON");
    }
    assertApiError(
        Marketplaces.bearer(token)
            .contentType("application/json")
            .body("{\"a\":")
            .post(Ingestion.MERCHANT),
        400,
        "MALFORMED_JSON",
        Ingestion.MERCHANT);
  }
}
