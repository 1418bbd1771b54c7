package com.opensylo.merchant;

import static com.opensylo.merchant.Ingestion.ALL_SCOPES;
import static com.opensylo.merchant.Ingestion.block;
import static com.opensylo.merchant.Ingestion.merchantId;
import static com.opensylo.merchant.Ingestion.payload;
import static com.opensylo.merchant.Ingestion.rows;
import static com.opensylo.merchant.Ingestion.submit;
import static com.opensylo.testsupport.Api.assertApiError;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.Marketplaces;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first submissions of a merchant sent all at once (SPEC §6): the merchant's own token binds
 * its subject to the {@code merchantId} on first use, and when ten requests make that first use
 * together, all but one meet the link another one is writing. The same binding is then a success
 * for every one of them (never a 500, never a 409); a different binding is the 409 it would be one
 * after the other, and nothing of the losers is stored.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentFirstSubmissionIT {

  private static final int REQUESTS = 10;

  @Test
  void tenIdenticalFirstSubmissionsAtOnceLinkOnceStoreOneRowAndAllGetItsTransaction()
      throws Exception {
    Marketplaces.Onboarded shop = Ingestion.onboard();
    Ingestion.Merchant merchant = Ingestion.consent(shop, ALL_SCOPES);
    Map<String, Object> body = payload(merchantId());

    List<Response> answers = atOnce(i -> submit(merchant.accessToken(), body));

    Set<String> transactions = new HashSet<>();
    for (Response answer : answers) {
      assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
      assertThat(answer.jsonPath().getInt("creditScore.totalScore")).isEqualTo(100);
      transactions.add(answer.jsonPath().getString("transactionId"));
    }
    assertThat(transactions).hasSize(1).doesNotContainNull();
    assertThat(rows(shop)).isEqualTo(new Ingestion.Rows(1, 1));
  }

  @Test
  void tenDifferentFirstSubmissionsAtOnceLinkOnceAndStoreEach() throws Exception {
    Marketplaces.Onboarded shop = Ingestion.onboard();
    Ingestion.Merchant merchant = Ingestion.consent(shop, ALL_SCOPES);
    String id = merchantId();

    List<Response> answers =
        atOnce(
            i -> {
              Map<String, Object> body = payload(id);
              block(body, "salesPerformance").put("orderCount", 600 + i);
              return submit(merchant.accessToken(), body);
            });

    Set<String> transactions = new HashSet<>();
    for (Response answer : answers) {
      assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
      transactions.add(answer.jsonPath().getString("transactionId"));
    }
    assertThat(transactions).hasSize(REQUESTS).doesNotContainNull();
    assertThat(rows(shop)).isEqualTo(new Ingestion.Rows(1, REQUESTS));
  }

  @Test
  void tenMerchantIdsRacingForOneAccountLinkOnlyOne() throws Exception {
    Marketplaces.Onboarded shop = Ingestion.onboard();
    Ingestion.Merchant merchant = Ingestion.consent(shop, ALL_SCOPES);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      ids.add(merchantId());
    }

    List<Response> answers = atOnce(i -> submit(merchant.accessToken(), payload(ids.get(i))));

    String winner = onlyWinner(answers, ids, "ACCOUNT_LINKED_TO_ANOTHER_MERCHANT_ID");
    for (Response answer : answers) {
      if (answer.statusCode() == 409) {
        assertThat(answer.jsonPath().getString("message")).contains(winner);
      }
    }
    assertThat(rows(shop)).isEqualTo(new Ingestion.Rows(1, 1));
    // the winner is the link, for the marketplace's own token too
    Response read = Ingestion.creditScore(Ingestion.clientToken(shop, null), winner);
    assertThat(read.statusCode()).as(read.asString()).isEqualTo(200);
    assertThat(read.jsonPath().getString("opensyloMerchantId")).isEqualTo(merchant.accountId());
  }

  @Test
  void tenAccountsRacingForOneMerchantIdLinkOnlyOne() throws Exception {
    Marketplaces.Onboarded shop = Ingestion.onboard();
    List<Ingestion.Merchant> accounts = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      accounts.add(Ingestion.consent(shop, ALL_SCOPES));
    }
    String id = merchantId();
    Map<String, Object> body = payload(id);

    List<Response> answers = atOnce(i -> submit(accounts.get(i).accessToken(), body));

    List<String> ids = new ArrayList<>();
    accounts.forEach(account -> ids.add(id));
    onlyWinner(answers, ids, "MERCHANT_ID_LINKED_TO_ANOTHER_ACCOUNT");
    assertThat(rows(shop)).isEqualTo(new Ingestion.Rows(1, 1));
  }

  /**
   * Asserts one 200 and the rest 409 {@code code}; returns the merchantId that request {@code i}
   * sent as {@code ids.get(i)} for the one that won.
   */
  private static String onlyWinner(List<Response> answers, List<String> ids, String code) {
    String winner = null;
    int won = 0;
    for (int i = 0; i < answers.size(); i++) {
      Response answer = answers.get(i);
      if (answer.statusCode() == 200) {
        won++;
        winner = ids.get(i);
      } else {
        assertApiError(answer, 409, code, Ingestion.MERCHANT);
      }
    }
    assertThat(won).as("requests answered 200").isEqualTo(1);
    return winner;
  }

  /**
   * Sends {@code REQUESTS} requests from as many threads released together, so that they reach the
   * server at the same moment; the answers in request order.
   */
  private static List<Response> atOnce(IntFunction<Response> request) throws Exception {
    CyclicBarrier start = new CyclicBarrier(REQUESTS);
    ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
    try {
      List<Future<Response>> pending = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        int index = i;
        pending.add(
            pool.submit(
                () -> {
                  start.await();
                  return request.apply(index);
                }));
      }
      List<Response> answers = new ArrayList<>();
      for (Future<Response> answer : pending) {
        answers.add(answer.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
