package com.opensylo.merchant;

import static com.opensylo.merchant.Ingestion.ALL_SCOPES;
import static com.opensylo.merchant.Ingestion.accepted;
import static com.opensylo.merchant.Ingestion.block;
import static com.opensylo.merchant.Ingestion.bulk;
import static com.opensylo.merchant.Ingestion.map;
import static com.opensylo.merchant.Ingestion.merchantId;
import static com.opensylo.merchant.Ingestion.payload;
import static com.opensylo.merchant.Ingestion.rows;
import static com.opensylo.testsupport.Api.assertApiError;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.Marketplaces;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk ingestion over HTTP (SPEC §6): each item judged on its own with results in request order,
 * bad items never losing the good ones, the same items sent again (also ten times at once) storing
 * nothing new, and more than 500 items refused whole with 413.
 */
@ExtendWith(ArquillianExtension.class)
class BulkIngestionIT {

  /** A marketplace with three linked merchants. */
  private record Shop(Marketplaces.Onboarded marketplace, String token, List<String> ids) {}

  private static Shop shop() {
    Marketplaces.Onboarded marketplace = Ingestion.onboard();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String id = merchantId();
      accepted(Ingestion.consent(marketplace, ALL_SCOPES).accessToken(), payload(id));
      ids.add(id);
    }
    return new Shop(marketplace, Ingestion.clientToken(marketplace, null), ids);
  }

  private static Map<String, Object> withOrders(String id, int orders) {
    Map<String, Object> item = payload(id);
    block(item, "salesPerformance").put("orderCount", orders);
    return item;
  }

  @Test
  void eachItemIsJudgedOnItsOwnAndTheGoodOnesAreKept() {
    Shop shop = shop();
    String a = shop.ids().get(0);
    String b = shop.ids().get(1);
    String c = shop.ids().get(2);
    String stranger = merchantId();
    Map<String, Object> badB = withOrders(b, 10);
    block(badB, "salesPerformance").put("gmv30Days", "lots");
    List<Object> items =
        List.of(
            withOrders(a, 601), // 0 stored
            badB, // 1 invalid
            withOrders(stranger, 5), // 2 nobody linked it
            withOrders(c, 602), // 3 stored
            withOrders(a, 601), // 4 the same as 0
            withOrders(a, 603), // 5 a again, other data
            5); // 6 not even an object
    Ingestion.Rows before = rows(shop.marketplace());

    JsonPath first = bulkOk(shop.token(), items);
    assertThat(first.getBoolean("success")).isTrue();
    assertThat(first.getInt("total")).isEqualTo(7);
    assertThat(first.getInt("processed")).isEqualTo(3);
    assertThat(first.getInt("failed")).isEqualTo(4);
    assertThat(first.getList("results.success"))
        .containsExactly(true, false, false, true, true, false, false);
    assertThat(first.getList("results.merchantId")).containsExactly(a, b, stranger, c, a, a, null);
    assertThat(first.getString("results[1].error.code")).isEqualTo("VALIDATION_FAILED");
    assertThat(first.getString("results[1].error.details[0].field"))
        .isEqualTo("salesPerformance.gmv30Days");
    assertThat(first.getString("results[2].error.code")).isEqualTo("CONSENT_REQUIRED");
    assertThat(first.getString("results[5].error.code")).isEqualTo("MERCHANT_REPEATED_IN_REQUEST");
    assertThat(first.getString("results[6].error.code")).isEqualTo("VALIDATION_FAILED");
    assertThat(first.getString("results[6].error.details[0].field")).isEqualTo("body");
    assertThat(first.getString("results[4].transactionId"))
        .isEqualTo(first.getString("results[0].transactionId"));
    assertThat(first.getString("results[0].transactionId"))
        .isNotEqualTo(first.getString("results[3].transactionId"));
    assertThat(first.getInt("results[0].creditScore.totalScore")).isEqualTo(100);
    assertThat(rows(shop.marketplace()).submissions()).isEqualTo(before.submissions() + 2);

    // the same request again: the same answers, nothing new stored
    JsonPath again = bulkOk(shop.token(), items);
    for (int i : List.of(0, 3, 4)) {
      assertThat(again.getString("results[" + i + "].transactionId"))
          .isEqualTo(first.getString("results[" + i + "].transactionId"));
    }
    assertThat(again.getList("results.success")).isEqualTo(first.getList("results.success"));
    assertThat(rows(shop.marketplace()).submissions()).isEqualTo(before.submissions() + 2);

    // the scores read back are the latest of each
    JsonPath read = Ingestion.creditScore(shop.token(), c).jsonPath();
    assertThat(read.getString("creditScore.calculatedAt"))
        .isEqualTo(first.getString("results[3].creditScore.calculatedAt"));
  }

  @Test
  void moreThan500MerchantsAreRefusedWholeAndNothingIsStored() {
    Shop shop = shop();
    Ingestion.Rows before = rows(shop.marketplace());
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < 501; i++) {
      items.add(withOrders(shop.ids().get(i % 3), 1000 + i));
    }
    JsonPath body =
        assertApiError(
            bulk(shop.token(), Map.of("merchants", items)),
            413,
            "BULK_LIMIT_EXCEEDED",
            Ingestion.BULK);
    assertThat(body.getString("message")).startsWith("501 merchants in one request; at most 500");
    assertThat(rows(shop.marketplace())).isEqualTo(before);

    // 500 is within the limit: every item gets its own answer
    JsonPath limit = bulkOk(shop.token(), items.subList(0, 500));
    assertThat(limit.getInt("total")).isEqualTo(500);
    assertThat(limit.getInt("processed")).isEqualTo(3);
    assertThat(limit.getList("results")).hasSize(500);
    assertThat(rows(shop.marketplace()).submissions()).isEqualTo(before.submissions() + 3);
  }

  @Test
  void tenIdenticalBulkRequestsAtOnceStoreEachItemOnce() throws Exception {
    Shop shop = shop();
    Ingestion.Rows before = rows(shop.marketplace());
    List<Object> items = new ArrayList<>();
    for (String id : shop.ids()) {
      items.add(withOrders(id, 777));
    }
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        answers.add(pool.submit(() -> bulk(shop.token(), Map.of("merchants", items))));
      }
      Set<List<Object>> transactions = new HashSet<>();
      for (Future<Response> answer : answers) {
        Response response = answer.get();
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.jsonPath().getInt("processed")).isEqualTo(3);
        transactions.add(response.jsonPath().getList("results.transactionId"));
      }
      assertThat(transactions).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(rows(shop.marketplace()).submissions()).isEqualTo(before.submissions() + 3);
  }

  @Test
  void aMerchantsOwnTokenCannotSubmitInBulk() {
    Marketplaces.Onboarded marketplace = Ingestion.onboard();
    Ingestion.Merchant merchant = Ingestion.consent(marketplace, ALL_SCOPES);
    String id = merchantId();
    assertApiError(
        bulk(merchant.accessToken(), Map.of("merchants", List.of(payload(id)))),
        403,
        "CLIENT_CREDENTIALS_REQUIRED",
        Ingestion.BULK);
    assertThat(rows(marketplace)).isEqualTo(new Ingestion.Rows(0, 0));
  }

  @Test
  void aTokenWithoutABlocksScopeRefusesTheItemsThatCarryIt() {
    Shop shop = shop();
    String token =
        Ingestion.clientToken(shop.marketplace(), ALL_SCOPES.replace("data.share.risk ", ""));
    Map<String, Object> withoutRisk = withOrders(shop.ids().get(1), 888);
    withoutRisk.remove("behavioralRisk");
    JsonPath body = bulkOk(token, List.of(withOrders(shop.ids().get(0), 888), withoutRisk));
    assertThat(body.getString("results[0].error.code")).isEqualTo("INSUFFICIENT_SCOPE");
    assertThat(body.getString("results[0].error.message")).contains("data.share.risk");
    assertThat(body.getBoolean("results[1].success")).isTrue();
  }

  @Test
  void theEnvelopeMustBeMerchantsAndNothingElse() {
    Shop shop = shop();
    for (Object envelope :
        List.of(
            Map.of(),
            Map.of("merchants", List.of()),
            Map.of("merchants", "x"),
            map("merchants", List.of(payload(shop.ids().get(0))), "dryRun", true))) {
      assertApiError(bulk(shop.token(), envelope), 400, "VALIDATION_FAILED", Ingestion.BULK);
    }
  }

  private static JsonPath bulkOk(String token, List<Object> items) {
    Response response = bulk(token, Map.of("merchants", items));
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return response.jsonPath();
  }
}
