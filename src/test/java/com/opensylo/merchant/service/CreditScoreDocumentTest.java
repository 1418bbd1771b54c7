package com.opensylo.merchant.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.merchant.domain.MerchantData;
import com.opensylo.merchant.domain.MerchantDataFactory;
import com.opensylo.scoring.CreditModel;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written JSON of a score is valid JSON that says exactly what the document says: money
 * with two decimals, nulls left out, instants with milliseconds, every factor and reason in order.
 */
class CreditScoreDocumentTest {

  static final Instant AT = Instant.parse("2026-06-15T12:00:00.123456Z");

  static CreditScoreDocument score(String body) {
    MerchantData data =
        new MerchantDataFactory(LocalDate.parse("2026-06-15"))
            .create(Json.createReader(new StringReader(body)).readObject());
    return CreditScoreDocument.of(
        CreditModel.current().score(data.profile(Currency.getInstance("NGN"), AT)));
  }

  static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  static final String SALES_ONLY =
      """
      {"merchantIdentity":{"merchantId":"m-1","verificationStatus":false},
       "salesPerformance":{"gmv30Days":1000,"gmv90Days":3000,"gmv180Days":6000,"avgMonthlySales":1234.5,
        "orderCount":80,"avgOrderValue":12.5,"salesGrowthRate":-7}}
      """;

  @Test
  void theJsonSaysWhatTheDocumentSays() {
    CreditScoreDocument document = score(SALES_ONLY);
    String text = document.toJson();
    JsonObject json = parse(text);
    assertThat(json.getInt("totalScore")).isEqualTo(document.totalScore());
    assertThat(json.getString("riskTier")).isEqualTo(document.riskTier());
    assertThat(json.getString("currency")).isEqualTo("NGN");
    assertThat(json.getBoolean("eligible")).isEqualTo(document.eligible());
    assertThat(json.getJsonNumber("maxLendingAmount").bigDecimalValue())
        .isEqualTo(document.maxLendingAmount());
    assertThat(text)
        .contains("\"maxLendingAmount\":" + document.maxLendingAmount().toPlainString());
    assertThat(document.maxLendingAmount().scale()).isEqualTo(2);
    assertThat(json.getString("calculatedAt")).isEqualTo("2026-06-15T12:00:00.123Z");
    assertThat(json.getString("modelVersion")).isEqualTo("opensylo-credit-1.0");
    JsonObject breakdown = json.getJsonObject("breakdown");
    assertThat(breakdown.keySet())
        .containsExactly(
            "salesPerformance",
            "revenueConsistency",
            "fulfillment",
            "payoutCashFlow",
            "platformDependency",
            "historicalCredit",
            "behavioralRisk");
    JsonObject sales = breakdown.getJsonObject("salesPerformance");
    assertThat(sales.getBoolean("known")).isTrue();
    assertThat(sales.getInt("score")).isEqualTo(document.breakdown().salesPerformance().score());
    JsonArray factors = sales.getJsonArray("factors");
    List<CreditScoreDocument.ScoreFactor> expected =
        document.breakdown().salesPerformance().factors();
    assertThat(factors).hasSize(expected.size());
    for (int i = 0; i < factors.size(); i++) {
      JsonObject f = factors.getJsonObject(i);
      assertThat(f.getString("code")).isEqualTo(expected.get(i).code());
      assertThat(f.getString("explanation")).isEqualTo(expected.get(i).explanation());
      assertThat(f.getInt("points")).isEqualTo(expected.get(i).points());
    }
    assertThat(breakdown.getJsonObject("fulfillment").getBoolean("known")).isFalse();
    assertThat(json.getJsonArray("riskFlags").getValuesAs(jakarta.json.JsonString::getString))
        .isEqualTo(document.riskFlags())
        .contains("UNVERIFIED_IDENTITY", "RISK_DATA_MISSING");
    assertThat(json.getJsonArray("reasons")).hasSize(document.reasons().size());
    assertThat(json.getJsonArray("reasons").getJsonObject(0).getString("text"))
        .isEqualTo(document.reasons().get(0).text());
    assertThat(json.getJsonObject("nextTier").getString("tier"))
        .isEqualTo(document.nextTier().tier());
    assertThat(json.getJsonObject("lendingBasis").getString("source"))
        .isEqualTo(document.lendingBasis().source());
  }

  @Test
  void tierAHasNoNextTierAndTheMemberIsLeftOut() {
    String best =
        """
        {"merchantIdentity":{"merchantId":"m-2","verificationStatus":true},
         "salesPerformance":{"gmv30Days":100000,"gmv90Days":300000,"gmv180Days":600000,"avgMonthlySales":100000,
          "orderCount":600,"avgOrderValue":500,"salesGrowthRate":6},
         "revenueConsistency":{"monthlyRevenue":[{"month":"2026-04","amount":100000},{"month":"2026-05","amount":100000},
          {"month":"2026-03","amount":100000}],"activeSalesDaysLast30":28,"zeroSalesDaysLast90":2,"monthsWithSales":12},
         "fulfillmentMetrics":{"fulfillmentRate":99,"cancellationRate":1,"refundRate":1,"disputeRate":0.2,"lateDeliveryRate":2},
         "payoutCashFlow":{"payoutFrequency":"DAILY","avgPayoutValue":3300,"failedPayouts":0,"payoutCount90Days":90},
         "platformDependency":{"monthsOnPlatform":36,"platformRevenueShare":80,"sellsOnOtherPlatforms":true,
          "activeListings":50,"repeatCustomerRate":40},
         "historicalCredit":{"previousLoansCount":3,"previousLoansRepaid":3,"previousDefaults":0,"onTimeRepaymentRate":100,
          "hasActiveExternalLoans":false,"totalOutstandingExternalDebt":0},
         "behavioralRisk":{"accountSuspensions":0,"hasFraudFlags":false,"hasSuddenGmvSpikes":false,"hasLinkedAccounts":false}}
        """;
    CreditScoreDocument document = score(best);
    assertThat(document.riskTier()).isEqualTo("A");
    JsonObject json = parse(document.toJson());
    assertThat(json.getInt("totalScore")).isEqualTo(100);
    assertThat(json.containsKey("nextTier")).isFalse();
    assertThat(json.getJsonNumber("maxLendingAmount").toString()).isEqualTo("40000.00");
    assertThat(json.getJsonArray("reasons")).isEmpty();
  }

  @Test
  void textIsEscapedExactlyAsJsonNeeds() {
    String hostile = "a\"b\\c\nd\te\u0001f\u2028g ≥ é\u007f \uD83D\uDE00";
    String text =
        new JsonText().object(null).string("t", hostile).nullableString("n", null).end().toString();
    assertThat(text)
        .isEqualTo(
            "{\"t\":\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028g \\u2265 \\u00e9\\u007f"
                + " \\ud83d\\ude00\",\"n\":null}");
    assertThat(text.chars().allMatch(c -> c < 0x80)).isTrue();
    assertThat(parse(text).getString("t")).isEqualTo(hostile);
  }

  @Test
  void aScoreIsAsciiTextThatReadsBackToTheCataloguesWording() {
    CreditScoreDocument document = score(SALES_ONLY);
    String text = document.toJson();
    assertThat(text.chars().allMatch(c -> c < 0x80)).isTrue();
    assertThat(text).contains(" vs \\u2265 ");
    List<String> explanations =
        parse(text)
            .getJsonObject("breakdown")
            .getJsonObject("salesPerformance")
            .getJsonArray("factors")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(f -> f.getString("explanation"))
            .toList();
    assertThat(explanations)
        .isEqualTo(
            document.breakdown().salesPerformance().factors().stream()
                .map(CreditScoreDocument.ScoreFactor::explanation)
                .toList())
        .anyMatch(e -> e.contains(" vs ≥ "));
  }

  static final String FULL =
      """
      {"merchantIdentity":{"merchantId":"m-1","businessName":"Ada","businessType":"INDIVIDUAL",
        "marketplaceOnboardingDate":"2024-02-29","verificationStatus":true,"country":"NG","category":"food"},
       "salesPerformance":{"gmv30Days":100,"gmv90Days":300,"gmv180Days":600,"avgMonthlySales":100,
        "orderCount":12,"avgOrderValue":8.33,"salesGrowthRate":-2.5},
       "revenueConsistency":{"monthlyRevenue":[{"month":"2026-06","amount":10.50},{"month":"2026-05","amount":0},
        {"month":"2026-04","amount":900},{"month":"2026-03","amount":120}],
        "activeSalesDaysLast30":20,"zeroSalesDaysLast90":10,"monthsWithSales":4},
       "fulfillmentMetrics":{"fulfillmentRate":99.5,"cancellationRate":0,"refundRate":1,"disputeRate":0.3,
        "lateDeliveryRate":100},
       "payoutCashFlow":{"payoutFrequency":"BI_WEEKLY","avgPayoutValue":50,"failedPayouts":0,"payoutCount90Days":6},
       "platformDependency":{"monthsOnPlatform":28,"platformRevenueShare":60,"sellsOnOtherPlatforms":false,
        "activeListings":5,"repeatCustomerRate":30},
       "historicalCredit":{"previousLoansCount":3,"previousLoansRepaid":2,"previousDefaults":1,
        "onTimeRepaymentRate":80,"hasActiveExternalLoans":true,"totalOutstandingExternalDebt":10.5},
       "behavioralRisk":{"accountSuspensions":1,"hasFraudFlags":false,"hasSuddenGmvSpikes":true,
        "hasLinkedAccounts":false}}
      """;

  /**
   * The score text of three profiles (every block shared with losses and flags; sales only; the
   * fraud flag) hashes as the scoring and writing code of 2026-12-02 (cb49b01, run on its own) made
   * it: both were since rewritten for speed, and a score must read the same.
   */
  @Test
  void theScoreTextIsTheOneTheEarlierCodeWrote() throws Exception {
    String all =
        score(FULL).toJson()
            + score(SALES_ONLY).toJson()
            + score(FULL.replace("\"hasFraudFlags\":false", "\"hasFraudFlags\":true")).toJson();
    String sha256 =
        java.util.HexFormat.of()
            .formatHex(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(all.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(sha256)
        .isEqualTo("0801361f745592a3b8676675c59d255686ca7f148384c411a7098c715c83e296");
  }
}
