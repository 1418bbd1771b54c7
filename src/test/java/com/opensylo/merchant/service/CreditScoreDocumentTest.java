package com.opensylo.merchant.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.merchant.domain.MerchantBodies;
import com.opensylo.merchant.domain.MerchantData;
import com.opensylo.merchant.domain.MerchantDataFactory;
import com.opensylo.scoring.CreditModel;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HexFormat;
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

  /**
   * The score text of five profiles hashes as the scoring and writing code of 2026-12-03 (cb49b01,
   * run on its own) made it: both were since rewritten for speed, and a score must read the same.
   * Every block shared, with losses and flags; four months, so revenue variation is measured; sales
   * only; the fraud flag; no sales block and no loan history, so values are unknown.
   */
  @Test
  void theScoreTextIsTheOneTheEarlierCodeWrote() throws Exception {
    String full = MerchantBodies.FULL;
    String fourMonths =
        full.replace(
                "{\"month\":\"2026-05\",\"amount\":0}",
                "{\"month\":\"2026-05\",\"amount\":0},{\"month\":\"2026-04\",\"amount\":900},"
                    + "{\"month\":\"2026-03\",\"amount\":120.50}")
            .replace("\"monthsWithSales\":2", "\"monthsWithSales\":4");
    String unknowns =
        full.replaceAll("\"salesPerformance\":\\{[^}]*\\},", "")
            .replace("\"previousLoansCount\":3", "\"previousLoansCount\":0")
            .replace("\"previousLoansRepaid\":2", "\"previousLoansRepaid\":0")
            .replace("\"previousDefaults\":1", "\"previousDefaults\":0");
    assertThat(fourMonths).isNotEqualTo(full);
    String text =
        score(full).toJson()
            + score(fourMonths).toJson()
            + score(SALES_ONLY).toJson()
            + score(full.replace("\"hasFraudFlags\":false", "\"hasFraudFlags\":true")).toJson()
            + score(unknowns).toJson();
    assertThat(text).contains("\"value\":\"unknown\"").contains("\"value\":\"not shared\"");
    String sha256 =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(sha256)
        .isEqualTo("4625d161ed926eccae6dbfa1a4ee645dd03cc6ccded604b506f4c073a3c78c91");
  }
}
