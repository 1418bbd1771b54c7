package com.opensylo.merchant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.opensylo.scoring.profile.PayoutCashFlow.PayoutFrequency;
import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.error.PayloadTooLargeException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The factory on its own: a complete body becomes the model's records; each broken field is named
 * by its JSON path (the HTTP table of {@code MerchantDataValidationIT} checks the same rules end to
 * end); the canonical payload makes the same data hash alike however it is written.
 */
class MerchantDataFactoryTest {

  static final LocalDate TODAY = LocalDate.parse("2026-06-15");

  private final MerchantDataFactory factory = new MerchantDataFactory(TODAY);

  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  static final String FULL = MerchantBodies.FULL;

  @Test
  void aCompleteBodyBecomesTheModelsRecords() {
    MerchantData data = factory.create(json(FULL));
    assertThat(data.merchantId()).isEqualTo("m-1");
    assertThat(data.blocks()).containsExactlyInAnyOrder(DataBlock.values());
    assertThat(data.identity().marketplaceOnboardingDate())
        .isEqualTo(LocalDate.parse("2024-02-29"));
    assertThat(data.identity().verified()).isTrue();
    assertThat(data.salesPerformance().salesGrowthRate()).isEqualByComparingTo("-2.5");
    assertThat(data.revenueConsistency().monthlyRevenue())
        .extracting(m -> m.month())
        .containsExactly(YearMonth.of(2026, 5), YearMonth.of(2026, 6));
    assertThat(data.payoutCashFlow().payoutFrequency()).isEqualTo(PayoutFrequency.BI_WEEKLY);
    assertThat(data.historicalCredit().totalOutstandingExternalDebt()).isEqualByComparingTo("10.5");
    assertThat(data.behavioralRisk().accountSuspensions()).isEqualTo(1);
    assertThat(data.payloadHash()).matches("[0-9a-f]{64}");
  }

  @Test
  void onlyTheIdentityIsRequiredAndAMissingOrNullBlockIsNotShared() {
    MerchantData data =
        factory.create(
            json(
                "{\"merchantIdentity\":{\"merchantId\":\"m-2\",\"verificationStatus\":false},"
                    + "\"behavioralRisk\":null}"));
    assertThat(data.blocks()).containsExactly(DataBlock.MERCHANT_IDENTITY);
    assertThat(data.salesPerformance()).isNull();
    assertThat(data.behavioralRisk()).isNull();
    assertThat(DataBlock.missingScopes(data.blocks(), java.util.Set.of()))
        .containsExactly("data.share.profile");
  }

  @Test
  void theSameDataHashesAlikeInAnyOrderAndNumberFormat() {
    String a =
        "{\"merchantIdentity\":{\"merchantId\":\"m-3\",\"verificationStatus\":true},"
            + "\"salesPerformance\":{\"gmv30Days\":1.50,\"gmv90Days\":3,\"gmv180Days\":6,"
            + "\"avgMonthlySales\":1,\"orderCount\":2,\"avgOrderValue\":0.75,\"salesGrowthRate\":0}}";
    String b =
        "{\"salesPerformance\":{\"salesGrowthRate\":0.00,\"orderCount\":2.0,\"avgOrderValue\":0.750,"
            + "\"avgMonthlySales\":1,\"gmv180Days\":6E0,\"gmv90Days\":3,\"gmv30Days\":1.5},"
            + "\"merchantIdentity\":{\"verificationStatus\":true,\"merchantId\":\"m-3\"}}";
    MerchantData first = factory.create(json(a));
    MerchantData second = factory.create(json(b));
    assertThat(second.payload()).isEqualTo(first.payload());
    assertThat(second.payloadHash()).isEqualTo(first.payloadHash());
    assertThat(first.payload()).startsWith("{\"merchantIdentity\":{\"merchantId\":\"m-3\"");
    MerchantData other = factory.create(json(a.replace("1.50", "1.51")));
    assertThat(other.payloadHash()).isNotEqualTo(first.payloadHash());
  }

  @Test
  void everyProblemIsNamedAtOnceWithItsJsonPath() {
    String body =
        FULL.replace("\"gmv30Days\":100", "\"gmv30Days\":\"100\"")
            .replace("\"refundRate\":1", "\"refundRate\":101")
            .replace("\"hasFraudFlags\":false", "\"hasFraudFlags\":\"no\",\"extra\":1");
    assertThatThrownBy(() -> factory.create(json(body)))
        .isInstanceOfSatisfying(
            InvalidMerchantDataException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
              assertThat(e.details())
                  .extracting(ApiError.FieldError::field)
                  .containsExactly(
                      "salesPerformance.gmv30Days",
                      "fulfillmentMetrics.refundRate",
                      "behavioralRisk.hasFraudFlags",
                      "behavioralRisk.extra");
              assertThat(e.getMessage()).isEqualTo("4 fields are invalid; see details.");
            });
  }

  @Test
  void monthsAreCalendarMonthsInAsciiDigits() {
    for (String bad : List.of("2026-00", "2026-13", "2026-1", "٢٠٢٦-٠١", "2026-0x", "+026-01")) {
      String body = FULL.replace("\"month\":\"2026-05\"", "\"month\":\"" + bad + "\"");
      assertThatThrownBy(() -> factory.create(json(body)))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidMerchantDataException.class,
              e ->
                  assertThat(e.details())
                      .extracting(ApiError.FieldError::field, ApiError.FieldError::message)
                      .containsExactly(
                          tuple(
                              "revenueConsistency.monthlyRevenue[1].month",
                              "must be a month YYYY-MM")));
    }
    MerchantData data =
        factory.create(json(FULL.replace("\"month\":\"2026-05\"", "\"month\":\"1999-12\"")));
    assertThat(data.revenueConsistency().monthlyRevenue())
        .extracting(m -> m.month().toString())
        .containsExactlyInAnyOrder("2026-06", "1999-12");
  }

  @Test
  void aNumberWithAHugeExponentIsOutOfRangeAtOnce() {
    String body =
        FULL.replace("\"fulfillmentRate\":99.5", "\"fulfillmentRate\":1E-1000000000")
            .replace("\"salesGrowthRate\":-2.5", "\"salesGrowthRate\":-1e-999999999")
            .replace("\"gmv30Days\":100", "\"gmv30Days\":1E+1000000000")
            .replace("\"orderCount\":12", "\"orderCount\":12E-101");
    assertThatThrownBy(() -> factory.create(json(body)))
        .isInstanceOfSatisfying(
            InvalidMerchantDataException.class,
            e ->
                assertThat(e.details())
                    .extracting(ApiError.FieldError::field, ApiError.FieldError::message)
                    .contains(
                        tuple("salesPerformance.gmv30Days", "is out of range"),
                        tuple("salesPerformance.orderCount", "is out of range"),
                        tuple("salesPerformance.salesGrowthRate", "is out of range"),
                        tuple("fulfillmentMetrics.fulfillmentRate", "is out of range")));
    // a hundred places is still a number, within its range
    MerchantData fine =
        factory.create(
            json(FULL.replace("\"fulfillmentRate\":99.5", "\"fulfillmentRate\":99.5E-98")));
    assertThat(fine.payload()).contains("\"fulfillmentRate\":0.00");
  }

  @Test
  void aBodyThatIsNoObjectIsRefused() {
    for (JsonValue body :
        List.of(JsonValue.NULL, Json.createValue(1), Json.createArrayBuilder().build())) {
      assertThatThrownBy(() -> factory.create(body))
          .isInstanceOfSatisfying(
              InvalidMerchantDataException.class,
              e ->
                  assertThat(e.details())
                      .extracting(ApiError.FieldError::field)
                      .containsExactly("body"));
    }
  }

  @Test
  void bulkTakesUpToTheLimitAndRefusesTheEnvelopeOtherwise() {
    String item = "{\"merchantIdentity\":{\"merchantId\":\"m\",\"verificationStatus\":true}}";
    String three = "{\"merchants\":[" + item + "," + item + ",1]}";
    assertThat(MerchantDataFactory.bulkItems(json(three), 3)).hasSize(3);
    assertThatThrownBy(() -> MerchantDataFactory.bulkItems(json(three), 2))
        .isInstanceOfSatisfying(
            PayloadTooLargeException.class,
            e -> {
              assertThat(e.status()).isEqualTo(413);
              assertThat(e.code()).isEqualTo("BULK_LIMIT_EXCEEDED");
            });
    for (String envelope :
        List.of("{}", "{\"merchants\":[]}", "{\"merchants\":{}}", "{\"merchants\":[1],\"x\":1}")) {
      assertThatThrownBy(() -> MerchantDataFactory.bulkItems(json(envelope), 500))
          .as(envelope)
          .isInstanceOf(InvalidMerchantDataException.class);
    }
  }

  @Test
  void aRefusedItemIsLabelledWithItsMerchantIdWhenItHasAReadableOne() {
    assertThat(
            MerchantDataFactory.merchantIdOf(
                json("{\"merchantIdentity\":{\"merchantId\":\"m-9\"}}")))
        .isEqualTo("m-9");
    assertThat(MerchantDataFactory.merchantIdOf(json("{\"merchantIdentity\":{\"merchantId\":9}}")))
        .isNull();
    assertThat(MerchantDataFactory.merchantIdOf(Json.createValue("x"))).isNull();
  }

  @Test
  void moneyKeepsItsExactValue() {
    MerchantData data =
        factory.create(
            json(FULL.replace("\"gmv180Days\":600", "\"gmv180Days\":999999999999999.99")));
    assertThat(data.salesPerformance().gmv180Days())
        .isEqualTo(new BigDecimal("999999999999999.99"));
  }
}
