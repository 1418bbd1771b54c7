package com.opensylo.loan;

import static com.opensylo.loan.Lending.deduction;
import static com.opensylo.loan.Lending.eventId;
import static com.opensylo.loan.Lending.reference;
import static com.opensylo.loan.Lending.repayment;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Concurrent events on one loan from parallel HTTP clients never lose an update: a hundred
 * deductions add up exactly and complete the loan once; one event sent twenty times at once has one
 * effect.
 */
@ExtendWith(ArquillianExtension.class)
class RepaymentConcurrencyIT {

  private static <T> List<T> all(int n, Callable<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 50));
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Exactly one 200, every other answer 409 with {@code code}, and one effect: {@code amount} paid,
   * one ledger entry, one stored event.
   */
  private static void assertAppliedOnce(
      List<HttpResponse<String>> responses, String code, ActiveLoan loan, String amount) {
    assertThat(statuses(responses))
        .as(responses.stream().map(HttpResponse::body).distinct().toList().toString())
        .containsExactly(Map.entry(200, 1), Map.entry(409, responses.size() - 1));
    responses.stream()
        .filter(r -> r.statusCode() == 409)
        .forEach(r -> assertThat(Lending.json(r).getString("code")).isEqualTo(code));
    assertThat(new BigDecimal(Lending.loan(loan.id()).getString("loan.totalPaid")))
        .isEqualByComparingTo(amount);
    assertThat(Lending.rows(loan.shop()))
        .containsEntry("loan_ledger_entry", 1)
        .containsEntry("inbound_event", 1);
  }

  /** A fresh marketplace, a scored borrower and an ACTIVE loan of {@code principal + fee}. */
  private record ActiveLoan(Lending.Shop shop, Lending.Borrower borrower, String id) {

    static ActiveLoan of(String principal, String fee) {
      Lending.Shop shop = Lending.shop();
      Lending.Borrower borrower = Lending.borrower(shop);
      return new ActiveLoan(shop, borrower, Lending.activeLoan(shop, borrower, principal, fee));
    }

    /** A signed repayment.deducted of {@code amount} with this event id and reference. */
    HttpResponse<String> deduct(String eventId, String reference, String amount) {
      return repayment(shop, deduction(shop, borrower, id, eventId, reference, amount), eventId);
    }
  }

  private static Map<Integer, Integer> statuses(List<HttpResponse<String>> responses) {
    Map<Integer, Integer> counts = new TreeMap<>();
    responses.forEach(r -> counts.merge(r.statusCode(), 1, Integer::sum));
    return counts;
  }

  @Test
  void aHundredConcurrentDeductionsAddUpAndCompleteTheLoanOnce() throws Exception {
    ActiveLoan loan = ActiveLoan.of("900", "100.00");

    List<HttpResponse<String>> responses =
        all(
            100,
            () -> {
              String id = eventId();
              return loan.deduct(id, reference(), "10.00");
            });

    assertThat(statuses(responses))
        .as(responses.get(0).body())
        .containsExactly(Map.entry(200, 100));
    JsonPath state = Lending.loan(loan.id());
    assertThat(new BigDecimal(state.getString("loan.totalPaid"))).isEqualByComparingTo("1000.00");
    assertThat(new BigDecimal(state.getString("loan.outstandingBalance"))).isZero();
    assertThat(state.getString("loan.status")).isEqualTo("COMPLETED");
    assertThat(Lending.rows(loan.shop()))
        .containsEntry("loan_ledger_entry", 100)
        .containsEntry("inbound_event", 100)
        .containsEntry("outbox.loan.completed", 1);
  }

  @Test
  void oneDeductionReferenceUnderTenEventIdsAtOnceIsAppliedOnce() throws Exception {
    // the unique key on the reference is the duplicate check: every loser waits for the winner's
    // commit, then answers 409, never 503 and never a second entry
    ActiveLoan loan = ActiveLoan.of("1000", "0");
    String ref = reference();

    List<HttpResponse<String>> responses =
        all(
            10,
            () -> {
              String id = eventId();
              return loan.deduct(id, ref, "40.00");
            });

    assertAppliedOnce(responses, "DUPLICATE_DEDUCTION", loan, "40.00");
  }

  @Test
  void oneEventSentTwentyTimesAtOnceHasOneEffect() throws Exception {
    ActiveLoan loan = ActiveLoan.of("1000", "0");
    String id = eventId();
    String body = deduction(loan.shop(), loan.borrower(), loan.id(), id, reference(), "25.00");

    List<HttpResponse<String>> responses = all(20, () -> repayment(loan.shop(), body, id));

    assertAppliedOnce(responses, "DUPLICATE_EVENT", loan, "25.00");
  }

  @Test
  void aReversalRacingASettlementOfTheSameDeductionLetsOnlyOneWin() throws Exception {
    ActiveLoan loan = ActiveLoan.of("1000", "0");
    for (int round = 0; round < 5; round++) {
      String ref = reference();
      String id = eventId();
      assertThat(loan.deduct(id, ref, "10.00").statusCode()).isEqualTo(200);
      String reversalId = eventId();
      String reversal = Lending.reversal(loan.shop(), loan.id(), reversalId, ref);
      String settlementId = eventId();
      String settlement =
          """
          {"event":"settlement.created","event_id":"%s","timestamp":"%s","marketplace":{"id":"%s"},\
          "settlement":{"reference":"STL-%s","total_amount":10.00,"currency":"NGN",\
          "deductions":[{"reference":"%s","amount":10.00}]}}"""
              .formatted(settlementId, java.time.Instant.now(), loan.shop().id(), ref, ref);
      List<HttpResponse<String>> answers =
          all(
              2,
              new Callable<>() {
                private final java.util.concurrent.atomic.AtomicInteger turn =
                    new java.util.concurrent.atomic.AtomicInteger();

                @Override
                public HttpResponse<String> call() {
                  return turn.getAndIncrement() == 0
                      ? repayment(loan.shop(), reversal, reversalId)
                      : Lending.signed(loan.shop(), Lending.SETTLEMENT, settlement, settlementId)
                          .send();
                }
              });
      assertThat(statuses(answers))
          .as(answers.stream().map(HttpResponse::body).toList().toString())
          .containsExactly(Map.entry(200, 1), Map.entry(422, 1));
    }
    io.restassured.path.json.JsonPath check =
        com.opensylo.testsupport.OAuth.admin()
            .get("/v1/admin/reconciliation/ledger-check")
            .jsonPath();
    assertThat(check.getList("breaches")).isEmpty();
  }
}
