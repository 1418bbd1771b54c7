package com.opensylo.merchant;

import static com.opensylo.merchant.Ingestion.ALL_SCOPES;
import static com.opensylo.merchant.Ingestion.accepted;
import static com.opensylo.merchant.Ingestion.block;
import static com.opensylo.merchant.Ingestion.creditScore;
import static com.opensylo.merchant.Ingestion.merchantId;
import static com.opensylo.merchant.Ingestion.payload;
import static com.opensylo.merchant.Ingestion.rows;
import static com.opensylo.merchant.Ingestion.submit;
import static com.opensylo.testsupport.Api.assertApiError;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
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
 * Single-merchant ingestion and the credit-score read over HTTP (SPEC §6): the merchant's own token
 * links it on first use, the marketplace's token then submits and reads for it; history is kept, a
 * resend stores nothing new (even ten at once), a conflicting binding is 409, a revoked consent is
 * 403, and another marketplace's merchant is 404 exactly like one that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
class MerchantDataIngestionIT {

  @Test
  void theMerchantsTokenLinksOnFirstUseAndEveryReadSeesTheLatestOfAKeptHistory() {
    Marketplaces.Onboarded shop = Ingestion.onboard();
    Ingestion.Merchant merchant = Ingestion.consent(shop, ALL_SCOPES);
    String id = merchantId();
    assertThat(rows(shop)).isEqualTo(new Ingestion.Rows(0, 0));

    Response created = submit(merchant.accessToken(), payload(id));
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(200);
    // money in major units with exactly two decimals
    assertThat(created.asString()).contains("\"maxLendingAmount\":40000.00");
    JsonPath first = created.jsonPath();
    assertThat(first.getBoolean("success")).isTrue();
    assertThat(first.getString("message")).isEqualTo("Merchant data processed successfully");
    String firstTransaction = first.getString("transactionId");
    assertThat(first.getInt("creditScore.totalScore")).isEqualTo(100);
    assertThat(first.getString("creditScore.riskTier")).isEqualTo("A");
    assertThat(first.getString("creditScore.currency")).isEqualTo("NGN");
    assertThat(first.getString("creditScore.modelVersion")).isEqualTo("opensylo-credit-1.0");
    assertThat(first.getInt("creditScore.breakdown.salesPerformance.maxScore")).isEqualTo(25);
    assertThat(first.getList("creditScore.riskFlags")).isEmpty();
    assertThat(rows(shop)).isEqualTo(new Ingestion.Rows(1, 1));

    // the marketplace's own token, for the merchant now linked: new data is a new row
    String client = Ingestion.clientToken(shop, null);
    Map<String, Object> worse = payload(id);
    block(worse, "fulfillmentMetrics").put("disputeRate", 0.8);
    JsonPath second = accepted(client, worse);
    assertThat(second.getString("transactionId")).isNotEqualTo(firstTransaction);
    assertThat(second.getInt("creditScore.totalScore")).isLessThan(100);
    assertThat(second.getString("creditScore.reasons[0].code")).isEqualTo("DISPUTE_RATE_HIGH");
    assertThat(rows(shop)).isEqualTo(new Ingestion.Rows(1, 2));

    JsonPath latest = creditScore(client, id).then().statusCode(200).extract().jsonPath();
    assertThat(latest.getBoolean("success")).isTrue();
    assertThat(latest.getString("merchantId")).isEqualTo(id);
    assertThat(latest.getString("opensyloMerchantId")).isEqualTo(merchant.accountId());
    assertThat(latest.getInt("creditScore.totalScore"))
        .isEqualTo(second.getInt("creditScore.totalScore"));
    assertThat(latest.getString("creditScore.calculatedAt"))
        .isEqualTo(second.getString("creditScore.calculatedAt"));
    assertThat(latest.getString("lastUpdated"))
        .isEqualTo(second.getString("creditScore.calculatedAt"));
    assertThat(latest.getInt("dataFreshnessDays")).isZero();
    // the merchant's own token reads it too
    assertThat(creditScore(merchant.accessToken(), id).statusCode()).isEqualTo(200);

    // the health check reports the submission
    Instant reported =
        Instant.parse(
            Marketplaces.bearer(client)
                .get("/api/marketplace/data/health")
                .jsonPath()
                .getString("lastSubmissionAt"));
    assertThat(reported).isEqualTo(Instant.parse(latest.getString("lastUpdated")));
  }

  @Test
  void freshnessCountsWholeDaysSinceTheScoredData() {
    Marketplaces.Onboarded shop = Ingestion.onboard();
    Ingestion.Merchant merchant = Ingestion.consent(shop, ALL_SCOPES);
    String id = merchantId();
    accepted(merchant.accessToken(), payload(id));
    // the token first: one issued on the moved clock would not be valid yet in real time
    String client = Ingestion.clientToken(shop, null);
    try {
      OAuth.moveClock("P3DT1H");
      JsonPath latest = creditScore(client, id).then().statusCode(200).extract().jsonPath();
      assertThat(latest.getInt("dataFreshnessDays")).isEqualTo(3);
    } finally {
      OAuth.moveClock("PT0S");
    }
  }

  @Test
  void theSameDataSentAgainAnswersWithTheOriginalAndStoresNothing() {
    Marketplaces.Onboarded shop = Ingestion.onboard();
    Ingestion.Merchant merchant = Ingestion.consent(shop, ALL_SCOPES);
    String id = merchantId();
    JsonPath first = accepted(merchant.accessToken(), payload(id));
    Ingestion.Rows before = rows(shop);

    JsonPath again = accepted(Ingestion.clientToken(shop, null), payload(id));
    assertThat(again.getString("transactionId")).isEqualTo(first.getString("transactionId"));
    assertThat(again.getString("creditScore.calculatedAt"))
        .isEqualTo(first.getString("creditScore.calculatedAt"));
    assertThat(rows(shop)).isEqualTo(before);
  }

  @Test
  void tenIdenticalSubmissionsAtOnceStoreOneRowAndAllGetItsTransaction() throws Exception {
    Marketplaces.Onboarded shop = Ingestion.onboard();
    Ingestion.Merchant merchant = Ingestion.consent(shop, ALL_SCOPES);
    String id = merchantId();
    accepted(merchant.accessToken(), payload(id));
    String client = Ingestion.clientToken(shop, null);
    Map<String, Object> changed = payload(id);
    block(changed, "salesPerformance").put("orderCount", 601);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        answers.add(pool.submit(() -> submit(client, changed)));
      }
      Set<String> transactions = new HashSet<>();
      for (Future<Response> answer : answers) {
        Response response = answer.get();
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        transactions.add(response.jsonPath().getString("transactionId"));
      }
      assertThat(transactions).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(rows(shop)).isEqualTo(new Ingestion.Rows(1, 2));
  }

  @Test
  void aBindingEitherSideAlreadyHasIsAConflictAndStoresNothing() {
    Marketplaces.Onboarded shop = Ingestion.onboard();
    Ingestion.Merchant ada = Ingestion.consent(shop, ALL_SCOPES);
    Ingestion.Merchant bola = Ingestion.consent(shop, ALL_SCOPES);
    String adaId = merchantId();
    accepted(ada.accessToken(), payload(adaId));
    Ingestion.Rows before = rows(shop);

    // another account claims Ada's merchantId
    assertApiError(
        submit(bola.accessToken(), payload(adaId)),
        409,
        "MERCHANT_ID_LINKED_TO_ANOTHER_ACCOUNT",
        Ingestion.MERCHANT);
    // Ada's account submits under a second merchantId
    JsonPath second =
        assertApiError(
            submit(ada.accessToken(), payload(merchantId())),
            409,
            "ACCOUNT_LINKED_TO_ANOTHER_MERCHANT_ID",
            Ingestion.MERCHANT);
    assertThat(second.getString("message")).contains(adaId);
    assertThat(rows(shop)).isEqualTo(before);
  }

  @Test
  void theMarketplacesTokenNeedsALinkedMerchantWithLiveConsent() {
    Marketplaces.Onboarded shop = Ingestion.onboard();
    String client = Ingestion.clientToken(shop, null);
    // never linked
    assertApiError(
        submit(client, payload(merchantId())), 403, "CONSENT_REQUIRED", Ingestion.MERCHANT);
    assertThat(rows(shop)).isEqualTo(new Ingestion.Rows(0, 0));

    // linked, then the merchant revokes its consent
    Ingestion.Merchant merchant = Ingestion.consent(shop, ALL_SCOPES);
    String id = merchantId();
    accepted(merchant.accessToken(), payload(id));
    Ingestion.revoke(shop, merchant);
    Ingestion.Rows before = rows(shop);
    Map<String, Object> fresh = payload(id);
    block(fresh, "salesPerformance").put("orderCount", 700);
    assertApiError(submit(client, fresh), 403, "CONSENT_REQUIRED", Ingestion.MERCHANT);
    assertApiError(
        creditScore(client, id),
        403,
        "CONSENT_REQUIRED",
        Ingestion.MERCHANT + "/" + id + "/credit-score");
    assertThat(rows(shop)).isEqualTo(before);
    // and its own token is dead with the grant
    assertThat(submit(merchant.accessToken(), fresh).statusCode()).isEqualTo(401);

    // consenting again makes it live again, under the same link
    Ingestion.Merchant again = Ingestion.consentAgain(shop, merchant);
    assertThat(again.accountId()).isEqualTo(merchant.accountId());
    assertThat(submit(client, fresh).statusCode()).isEqualTo(200);
  }

  @Test
  void anotherMarketplacesMerchantIsNotFoundExactlyLikeNone() {
    Marketplaces.Onboarded mine = Ingestion.onboard();
    Marketplaces.Onboarded theirs = Ingestion.onboard();
    Ingestion.Merchant theirMerchant = Ingestion.consent(theirs, ALL_SCOPES);
    String theirId = merchantId();
    accepted(theirMerchant.accessToken(), payload(theirId));
    String myToken = Ingestion.clientToken(mine, null);
    String unknown = merchantId();

    JsonPath foreign =
        assertApiError(
            creditScore(myToken, theirId),
            404,
            "NOT_FOUND",
            Ingestion.MERCHANT + "/" + theirId + "/credit-score");
    JsonPath none =
        assertApiError(
            creditScore(myToken, unknown),
            404,
            "NOT_FOUND",
            Ingestion.MERCHANT + "/" + unknown + "/credit-score");
    assertThat(foreign.getString("message").replace(theirId, "ID"))
        .isEqualTo(none.getString("message").replace(unknown, "ID"));
    // submitting for it is refused like for a merchant nobody linked, and stores nothing
    JsonPath foreignSubmit =
        assertApiError(
            submit(myToken, payload(theirId)), 403, "CONSENT_REQUIRED", Ingestion.MERCHANT);
    JsonPath noneSubmit =
        assertApiError(
            submit(myToken, payload(unknown)), 403, "CONSENT_REQUIRED", Ingestion.MERCHANT);
    assertThat(foreignSubmit.getString("message").replace(theirId, "ID"))
        .isEqualTo(noneSubmit.getString("message").replace(unknown, "ID"));
    assertThat(rows(mine)).isEqualTo(new Ingestion.Rows(0, 0));
    assertThat(rows(theirs)).isEqualTo(new Ingestion.Rows(1, 1));
  }

  @Test
  void theSameMerchantIdUnderTwoMarketplacesIsTwoMerchants() {
    Marketplaces.Onboarded one = Ingestion.onboard();
    Marketplaces.Onboarded two = Ingestion.onboard();
    String shared = merchantId();
    JsonPath inOne = accepted(Ingestion.consent(one, ALL_SCOPES).accessToken(), payload(shared));
    Map<String, Object> other = payload(shared);
    block(other, "behavioralRisk").put("hasFraudFlags", true);
    JsonPath inTwo = accepted(Ingestion.consent(two, ALL_SCOPES).accessToken(), other);
    assertThat(inTwo.getString("transactionId")).isNotEqualTo(inOne.getString("transactionId"));

    JsonPath readOne = creditScore(Ingestion.clientToken(one, null), shared).jsonPath();
    JsonPath readTwo = creditScore(Ingestion.clientToken(two, null), shared).jsonPath();
    assertThat(readOne.getString("creditScore.riskTier")).isEqualTo("A");
    assertThat(readTwo.getString("creditScore.riskTier")).isEqualTo("E");
    assertThat(readTwo.getList("creditScore.riskFlags")).contains("FRAUD_FLAG");
    assertThat(readOne.getString("opensyloMerchantId"))
        .isNotEqualTo(readTwo.getString("opensyloMerchantId"));
  }

  @Test
  void aMerchantsTokenReadsOnlyItsOwnMerchant() {
    Marketplaces.Onboarded shop = Ingestion.onboard();
    Ingestion.Merchant ada = Ingestion.consent(shop, ALL_SCOPES);
    Ingestion.Merchant bola = Ingestion.consent(shop, ALL_SCOPES);
    String adaId = merchantId();
    accepted(ada.accessToken(), payload(adaId));
    assertApiError(
        creditScore(bola.accessToken(), adaId),
        404,
        "NOT_FOUND",
        Ingestion.MERCHANT + "/" + adaId + "/credit-score");
  }

  @Test
  void aMerchantNeverScoredIsNotFound() {
    Marketplaces.Onboarded shop = Ingestion.onboard();
    String id = merchantId();
    JsonPath body =
        assertApiError(
            creditScore(Ingestion.clientToken(shop, null), id),
            404,
            "NOT_FOUND",
            Ingestion.MERCHANT + "/" + id + "/credit-score");
    assertThat(body.getString("message")).contains(id);
  }
}
