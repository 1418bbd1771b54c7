package com.opensylo.loan;

import static com.opensylo.loan.Lending.REPAYMENT;
import static com.opensylo.loan.Lending.SETTLEMENT;
import static com.opensylo.loan.Lending.deduction;
import static com.opensylo.loan.Lending.eventId;
import static com.opensylo.loan.Lending.json;
import static com.opensylo.loan.Lending.reference;
import static com.opensylo.loan.Lending.repayment;
import static com.opensylo.loan.Lending.reversal;
import static com.opensylo.loan.Lending.signed;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.OAuth;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signed inbound webhooks (SPEC §8): authentication over the raw bytes, idempotency by event id and
 * deduction reference, the ledger's rules, reversals, settlements and reconciliation.
 */
@ExtendWith(ArquillianExtension.class)
class InboundWebhookIT {

  /** A marketplace, its scored merchant and an ACTIVE loan of 1000.00 + 100.00 at 10 %. */
  private record Fixture(Lending.Shop shop, Lending.Borrower borrower, String loanId) {}

  private static Fixture fixture() {
    Lending.Shop shop = Lending.shop();
    Lending.Borrower borrower = Lending.borrower(shop);
    return new Fixture(shop, borrower, Lending.activeLoan(shop, borrower, "1000", "100"));
  }

  private static HttpResponse<String> deduct(Fixture f, String reference, String amount) {
    String id = eventId();
    return repayment(
        f.shop(), deduction(f.shop(), f.borrower(), f.loanId(), id, reference, amount), id);
  }

  private static BigDecimal paid(Fixture f) {
    return new BigDecimal(Lending.loan(f.loanId()).getString("loan.totalPaid"));
  }

  private static void assertError(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonPath body = json(response);
    assertThat(body.getBoolean("success")).isFalse();
    assertThat(body.getInt("statusCode")).isEqualTo(status);
    assertThat(body.getString("code")).isEqualTo(code);
    assertThat(body.getString("message")).isNotBlank();
  }

  @Test
  void aSignedDeductionIsAppliedAndAcknowledged() {
    Fixture f = fixture();
    String id = eventId();
    HttpResponse<String> ack =
        repayment(
            f.shop(), deduction(f.shop(), f.borrower(), f.loanId(), id, reference(), "100.25"), id);

    assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
    JsonPath body = json(ack);
    assertThat(body.getString("status")).isEqualTo("received");
    assertThat(body.getString("event_id")).isEqualTo(id);
    assertThat(body.getString("opensylo_reference"))
        .isEqualTo(Lending.loan(f.loanId()).getString("loan.reference"));
    assertThat(Instant.parse(body.getString("received_at"))).isBefore(Instant.now().plusSeconds(5));
    JsonPath loan = Lending.loan(f.loanId());
    assertThat(new BigDecimal(loan.getString("loan.totalPaid"))).isEqualByComparingTo("100.25");
    assertThat(new BigDecimal(loan.getString("loan.outstandingBalance")))
        .isEqualByComparingTo("999.75");
    assertThat(Lending.rows(f.shop()))
        .containsEntry("inbound_event", 1)
        .containsEntry("loan_ledger_entry", 1);
  }

  @Test
  void anythingWrongWithTheSignatureIsUnauthorizedAndStoresNothing() {
    Fixture f = fixture();
    Lending.Shop other = Lending.shop();
    String id = eventId();
    String body = deduction(f.shop(), f.borrower(), f.loanId(), id, reference(), "10.00");
    long now = Instant.now().getEpochSecond();
    List<HttpResponse<String>> refused =
        List.of(
            signed(f.shop(), REPAYMENT, body, id).tamperedTo(body.replace("10.00", "1.00")).send(),
            signed(f.shop(), REPAYMENT, body, id).secret("whsec_not-the-secret").send(),
            signed(f.shop(), REPAYMENT, body, id).secret(other.secret()).send(),
            // a minute past the ±5 minutes either way: "now" is read once and ten requests go out
            // one after another, so a timestamp 301 s ahead could fall inside the window by the
            // time its request arrives
            signed(f.shop(), REPAYMENT, body, id).timestamp(now - 360).send(),
            signed(f.shop(), REPAYMENT, body, id).timestamp(now + 360).send(),
            signed(f.shop(), REPAYMENT, body, id).eventIdHeader(eventId()).send(),
            signed(f.shop(), REPAYMENT, body, id)
                .marketplaceHeader(other.id())
                .secret(other.secret())
                .send(),
            signed(f.shop(), REPAYMENT, body, id)
                .marketplaceHeader(java.util.UUID.randomUUID().toString())
                .send(),
            signed(f.shop(), REPAYMENT, body, id).signature("sha256=" + "0".repeat(64)).send(),
            signed(f.shop(), REPAYMENT, body, id).signature("md5=abc").send());
    List<String> codes =
        List.of(
            "INVALID_SIGNATURE",
            "INVALID_SIGNATURE",
            "INVALID_SIGNATURE",
            "STALE_TIMESTAMP",
            "STALE_TIMESTAMP",
            "HEADER_MISMATCH",
            "HEADER_MISMATCH",
            "INVALID_SIGNATURE",
            "INVALID_SIGNATURE",
            "INVALID_SIGNATURE");
    for (int i = 0; i < refused.size(); i++) {
      assertError(refused.get(i), 401, codes.get(i));
    }
    assertThat(Lending.rows(f.shop()))
        .containsEntry("inbound_event", 0)
        .containsEntry("loan_ledger_entry", 0);
    assertThat(Lending.row(other, "inbound_event")).isZero();
    assertThat(paid(f)).isEqualByComparingTo("0");

    // the same body, properly signed, is accepted: the refusals were about the signature alone
    assertThat(repayment(f.shop(), body, id).statusCode()).isEqualTo(200);
  }

  @Test
  void aSuspendedMarketplaceCannotReport() {
    Fixture f = fixture();
    assertThat(
            OAuth.admin().post("/v1/admin/marketplaces/" + f.shop().id() + "/suspend").statusCode())
        .isEqualTo(200);
    assertError(deduct(f, reference(), "10.00"), 401, "INVALID_SIGNATURE");
    assertThat(Lending.row(f.shop(), "inbound_event")).isZero();
  }

  @Test
  void anAppliedReferenceIsADuplicateEvenWhenItsNewEventWouldBeRefusedForAnotherReason() {
    // the unique key answers duplicates of events that would apply; one that the ledger refuses
    // anyway (the loan completed, an overpayment, another currency) still says it was applied
    Fixture f = fixture();
    String ref = reference();
    String id = eventId();
    String body = deduction(f.shop(), f.borrower(), f.loanId(), id, ref, "1100.00");
    HttpResponse<String> completing = repayment(f.shop(), body, id);
    assertThat(completing.statusCode()).as(completing.body()).isEqualTo(200);
    assertThat(Lending.loan(f.loanId()).getString("loan.status")).isEqualTo("COMPLETED");

    // the same event again is its duplicate, with its ack, although its loan is COMPLETED now
    HttpResponse<String> replayed = repayment(f.shop(), body, id);
    assertError(replayed, 409, "DUPLICATE_EVENT");
    assertThat(json(replayed).getString("opensylo_reference"))
        .isEqualTo(json(completing).getString("opensylo_reference"));
    // the same id with another body is refused as such, not for what the body would do
    assertError(
        repayment(f.shop(), body.replace("1100.00", "5000.00"), id), 422, "EVENT_ID_REUSED");
    assertError(deduct(f, ref, "1100.00"), 409, "DUPLICATE_DEDUCTION");
    assertError(deduct(f, ref, "5000.00"), 409, "DUPLICATE_DEDUCTION");
    assertError(deduct(f, reference(), "10.00"), 422, "LOAN_NOT_ACTIVE");
    assertThat(paid(f)).isEqualByComparingTo("1100.00");
    assertThat(Lending.rows(f.shop()))
        .containsEntry("inbound_event", 1)
        .containsEntry("loan_ledger_entry", 1);
  }

  @Test
  void anEventIdCountsOnceAndADeductionReferenceToo() {
    Fixture f = fixture();
    String id = eventId();
    String ref = reference();
    String body = deduction(f.shop(), f.borrower(), f.loanId(), id, ref, "50.00");
    JsonPath first = json(repayment(f.shop(), body, id));

    HttpResponse<String> again = repayment(f.shop(), body, id);
    assertError(again, 409, "DUPLICATE_EVENT");
    assertThat(json(again).getString("event_id")).isEqualTo(id);
    assertThat(json(again).getString("status")).isEqualTo("received");
    assertThat(json(again).getString("opensylo_reference"))
        .isEqualTo(first.getString("opensylo_reference"));
    assertThat(json(again).getString("received_at")).isEqualTo(first.getString("received_at"));

    String changed = body.replace("50.00", "60.00");
    assertError(repayment(f.shop(), changed, id), 422, "EVENT_ID_REUSED");

    assertError(deduct(f, ref, "50.00"), 409, "DUPLICATE_DEDUCTION");
    assertThat(paid(f)).isEqualByComparingTo("50.00");
    assertThat(Lending.rows(f.shop()))
        .containsEntry("inbound_event", 1)
        .containsEntry("loan_ledger_entry", 1);

    // identifiers are exact: differing only in case, they are other events and other deductions
    String upper = id.toUpperCase(java.util.Locale.ROOT);
    String upperRef = ref.toUpperCase(java.util.Locale.ROOT);
    HttpResponse<String> other =
        repayment(
            f.shop(),
            deduction(f.shop(), f.borrower(), f.loanId(), upper, upperRef, "1.00"),
            upper);
    assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
    assertThat(paid(f)).isEqualByComparingTo("51.00");
  }

  @Test
  void theLedgerRefusesWhatDoesNotFitAndAppliesNothing() {
    Fixture f = fixture();
    assertError(deduct(f, reference(), "1100.01"), 422, "OVERPAYMENT");
    assertError(deduct(f, reference(), "10.001"), 422, "INVALID_AMOUNT");
    assertError(deduct(f, reference(), "0"), 422, "INVALID_AMOUNT");
    assertError(deduct(f, reference(), "-5"), 422, "INVALID_AMOUNT");
    String id = eventId();
    String dollars =
        deduction(f.shop(), f.borrower(), f.loanId(), id, reference(), "5")
            .replace("\"NGN\"", "\"USD\"");
    assertError(repayment(f.shop(), dollars, id), 422, "CURRENCY_MISMATCH");
    String approved =
        Lending.approvedLoan(f.shop(), f.borrower(), "100", "0").getString("loan.loanId");
    String id2 = eventId();
    assertError(
        repayment(
            f.shop(), deduction(f.shop(), f.borrower(), approved, id2, reference(), "5"), id2),
        422,
        "LOAN_NOT_ACTIVE");
    String id3 = eventId();
    assertError(
        repayment(
            f.shop(),
            deduction(
                f.shop(),
                f.borrower(),
                java.util.UUID.randomUUID().toString(),
                id3,
                reference(),
                "5"),
            id3),
        404,
        "LOAN_NOT_FOUND");
    String id4 = eventId();
    assertError(
        repayment(f.shop(), "{\"event\":\"repayment.deducted\",\"event_id\":\"" + id4 + "\"", id4),
        400,
        "MALFORMED_JSON");
    String id5 = eventId();
    String farFuture =
        deduction(f.shop(), f.borrower(), f.loanId(), id5, reference(), "5")
            .replaceFirst(
                "\"deducted_at\":\"[^\"]+\"", "\"deducted_at\":\"+100000-01-01T00:00:00Z\"");
    assertError(repayment(f.shop(), farFuture, id5), 400, "VALIDATION_FAILED");
    String id6 = eventId();
    String unknownField =
        deduction(f.shop(), f.borrower(), f.loanId(), id6, reference(), "5")
            .replaceFirst("\"currency\":\"NGN\"", "\"currency\":\"NGN\",\"tip\":1");
    HttpResponse<String> refused = repayment(f.shop(), unknownField, id6);
    assertError(refused, 400, "MALFORMED_JSON");
    assertThat(json(refused).getList("details.field", String.class))
        .containsExactly("deduction.tip");
    String id7 = eventId();
    String huge =
        deduction(
            f.shop(),
            f.borrower(),
            f.loanId(),
            id7,
            reference(),
            "1e400"); // refused by the strict reader: out of range
    assertError(repayment(f.shop(), huge, id7), 400, "MALFORMED_JSON");
    String id9 = eventId();
    String scaleBomb =
        deduction(f.shop(), f.borrower(), f.loanId(), id9, reference(), "5")
            .replaceFirst("}$", ",\"loan_balance\":{\"total_due\":1e-99999999}}");
    assertError(repayment(f.shop(), scaleBomb, id9), 400, "MALFORMED_JSON");
    String id10 = eventId();
    String finer =
        deduction(f.shop(), f.borrower(), f.loanId(), id10, reference(), "5")
            .replaceFirst("}$", ",\"loan_balance\":{\"total_due\":1100.001}}");
    assertError(repayment(f.shop(), finer, id10), 400, "VALIDATION_FAILED");
    String id11 = eventId();
    String otherMerchant =
        deduction(f.shop(), f.borrower(), f.loanId(), id11, reference(), "5")
            .replace(
                "\"merchant\":{\"marketplace_id\":\"" + f.borrower().merchantId() + "\"}",
                "\"merchant\":{\"opensylo_id\":\"" + java.util.UUID.randomUUID() + "\"}");
    assertError(repayment(f.shop(), otherMerchant, id11), 422, "MERCHANT_MISMATCH");
    String id8 = eventId();
    String tooBig = deduction(f.shop(), f.borrower(), f.loanId(), id8, reference(), "1e16");
    assertError(repayment(f.shop(), tooBig, id8), 400, "VALIDATION_FAILED");
    assertThat(Lending.rows(f.shop()))
        .containsEntry("inbound_event", 0)
        .containsEntry("loan_ledger_entry", 0);
  }

  @Test
  void anotherMarketplacesLoanIsNotFound() {
    Fixture f = fixture();
    Lending.Shop other = Lending.shop();
    String id = eventId();
    String body =
        deduction(f.shop(), f.borrower(), f.loanId(), id, reference(), "5")
            .replace(f.shop().id(), other.id());
    assertError(repayment(other, body, id), 404, "LOAN_NOT_FOUND");
    assertThat(paid(f)).isEqualByComparingTo("0");
  }

  @Test
  void theCompletingDeductionCompletesAndItsReversalReopens() {
    Fixture f = fixture();
    String first = reference();
    assertThat(deduct(f, first, "600").statusCode()).isEqualTo(200);
    String last = reference();
    assertThat(deduct(f, last, "500").statusCode()).isEqualTo(200);
    JsonPath completed = Lending.loan(f.loanId());
    assertThat(completed.getString("loan.status")).isEqualTo("COMPLETED");
    assertThat(completed.getString("loan.completedAt")).isNotNull();
    assertThat(new BigDecimal(completed.getString("loan.outstandingBalance"))).isZero();
    assertThat(Lending.row(f.shop(), "outbox.loan.completed")).isEqualTo(1);
    assertError(deduct(f, reference(), "0.01"), 422, "LOAN_NOT_ACTIVE");

    String id = eventId();
    String reversalBody = reversal(f.shop(), f.loanId(), id, last);
    HttpResponse<String> reversed = repayment(f.shop(), reversalBody, id);
    assertThat(reversed.statusCode()).as(reversed.body()).isEqualTo(200);
    JsonPath reopened = Lending.loan(f.loanId());
    assertThat(reopened.getString("loan.status")).isEqualTo("ACTIVE");
    assertThat(reopened.getString("loan.completedAt")).isNull();
    assertThat(new BigDecimal(reopened.getString("loan.totalPaid"))).isEqualByComparingTo("600");

    // the reversal sent again (same id, same body) is its own duplicate, answered with its ack,
    // although the ledger would refuse it first
    HttpResponse<String> replayed = repayment(f.shop(), reversalBody, id);
    assertError(replayed, 409, "DUPLICATE_EVENT");
    assertThat(json(replayed).getString("opensylo_reference"))
        .isEqualTo(json(reversed).getString("opensylo_reference"));
    assertThat(json(replayed).getString("received_at"))
        .isEqualTo(json(reversed).getString("received_at"));
    String again = eventId();
    assertError(
        repayment(f.shop(), reversal(f.shop(), f.loanId(), again, last), again),
        409,
        "ALREADY_REVERSED");
    String unknown = eventId();
    assertError(
        repayment(f.shop(), reversal(f.shop(), f.loanId(), unknown, "ded-nobody"), unknown),
        422,
        "UNKNOWN_DEDUCTION");
    assertThat(deduct(f, reference(), "500").statusCode()).isEqualTo(200);
    assertThat(Lending.loan(f.loanId()).getString("loan.status")).isEqualTo("COMPLETED");
    assertThat(Lending.row(f.shop(), "outbox.loan.completed")).isEqualTo(2);
  }

  @Test
  void aFailedRepaymentIsRecordedOnly() {
    Fixture f = fixture();
    String id = eventId();
    String body =
        """
        {"event":"repayment.failed","event_id":"%s","timestamp":"%s","marketplace":{"id":"%s"},\
        "loan":{"opensylo_id":"%s"},"failure":{"code":"INSUFFICIENT_FUNDS","reason":"payout too small"}}"""
            .formatted(id, Instant.now(), f.shop().id(), f.loanId());
    HttpResponse<String> ack = repayment(f.shop(), body, id);
    assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
    assertThat(Lending.rows(f.shop()))
        .containsEntry("inbound_event", 1)
        .containsEntry("loan_ledger_entry", 0);
  }

  @Test
  void aBalanceThatDisagreesIsAppliedFromTheLedgerAndRecorded() {
    Fixture f = fixture();
    String id = eventId();
    String body =
        deduction(f.shop(), f.borrower(), f.loanId(), id, reference(), "100")
            .replaceFirst(
                "}$",
                ",\"loan_balance\":{\"total_due\":1100.00,\"total_paid\":150.00,\"outstanding\":950.00}}");
    assertThat(repayment(f.shop(), body, id).statusCode()).isEqualTo(200);
    assertThat(paid(f)).isEqualByComparingTo("100");
    var listed =
        OAuth.admin()
            .queryParam("loan_id", f.loanId())
            .get("/v1/admin/reconciliation/discrepancies");
    assertThat(listed.statusCode()).as(listed.asString()).isEqualTo(200);
    List<Map<String, Object>> found = listed.jsonPath().getList("discrepancies");
    assertThat(found).hasSize(1);
    assertThat(found.get(0))
        .containsEntry("event_id", id)
        .containsEntry("marketplace_id", f.shop().id());
    assertThat(listed.jsonPath().getFloat("discrepancies[0].reported.total_paid")).isEqualTo(150f);
    assertThat(listed.jsonPath().getFloat("discrepancies[0].ledger.total_paid")).isEqualTo(100f);

    String agreeing = eventId();
    String right =
        deduction(f.shop(), f.borrower(), f.loanId(), agreeing, reference(), "50")
            .replaceFirst(
                "}$",
                ",\"loan_balance\":{\"total_due\":1100.00,\"total_paid\":150.00,\"outstanding\":950.00}}");
    assertThat(repayment(f.shop(), right, agreeing).statusCode()).isEqualTo(200);
    assertThat(Lending.row(f.shop(), "balance_discrepancy")).isEqualTo(1);
  }

  private static String settlement(
      Lending.Shop shop, String id, String ref, String total, String lines) {
    return """
        {"event":"settlement.created","event_id":"%s","timestamp":"%s","marketplace":{"id":"%s"},\
        "settlement":{"reference":"%s","period_start":"2026-11-01","period_end":"2026-11-30",\
        "total_amount":%s,"currency":"NGN","deductions":[%s]}}"""
        .formatted(id, Instant.now(), shop.id(), ref, total, lines);
  }

  private static String transferred(Lending.Shop shop, String id, String ref, String amount) {
    return """
        {"event":"settlement.transferred","event_id":"%s","timestamp":"%s","marketplace":{"id":"%s"},\
        "settlement":{"reference":"%s","total_amount":%s,"currency":"NGN","deductions":[{"reference":"x","amount":0}]},\
        "transfer":{"bank_reference":"BNK-1","transferred_at":"%s","amount":%s}}"""
        .formatted(id, Instant.now(), shop.id(), ref, amount, Instant.now(), amount);
  }

  private static HttpResponse<String> send(Lending.Shop shop, String body, String id) {
    return signed(shop, SETTLEMENT, body, id).send();
  }

  @Test
  void aSettlementMustMatchTheLedgerAndSettlesItsDeductionsOnce() {
    Fixture f = fixture();
    String a = reference();
    String b = reference();
    String c = reference();
    for (String ref : List.of(a, b, c)) {
      assertThat(deduct(f, ref, "10.00").statusCode()).isEqualTo(200);
    }

    String bad = eventId();
    HttpResponse<String> refused =
        send(
            f.shop(),
            settlement(
                f.shop(),
                bad,
                "STL-1",
                "35.00",
                "{\"reference\":\"%s\",\"amount\":10.00},{\"reference\":\"%s\",\"amount\":12.00},{\"reference\":\"ded-unknown\",\"amount\":3.00}"
                    .formatted(a, b)),
            bad);
    assertError(refused, 422, "SETTLEMENT_MISMATCH");
    assertThat(json(refused).getList("details.field", String.class))
        .containsExactly(
            "settlement.deductions[1].amount",
            "settlement.deductions[2].reference",
            "settlement.total_amount");
    assertThat(Lending.row(f.shop(), "settlement")).isZero();

    String good = eventId();
    HttpResponse<String> created =
        send(
            f.shop(),
            settlement(
                f.shop(),
                good,
                "STL-1",
                "20.00",
                "{\"reference\":\"%s\",\"amount\":10.00},{\"reference\":\"%s\",\"amount\":10}"
                    .formatted(a, b)),
            good);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    assertThat(json(created).getString("opensylo_reference")).isEqualTo("STL-1");

    String twice = eventId();
    HttpResponse<String> again =
        send(
            f.shop(),
            settlement(
                f.shop(),
                twice,
                "STL-2",
                "20.00",
                "{\"reference\":\"%s\",\"amount\":10.00},{\"reference\":\"%s\",\"amount\":10.00}"
                    .formatted(b, c)),
            twice);
    assertError(again, 422, "SETTLEMENT_MISMATCH");
    assertThat(json(again).getList("details.field", String.class))
        .containsExactly("settlement.deductions[0].reference");

    String rev = eventId();
    assertError(
        repayment(f.shop(), reversal(f.shop(), f.loanId(), rev, a), rev), 422, "DEDUCTION_SETTLED");

    String unknown = eventId();
    assertError(
        send(f.shop(), transferred(f.shop(), unknown, "STL-9", "20.00"), unknown),
        422,
        "UNKNOWN_SETTLEMENT");
    String wrongAmount = eventId();
    assertError(
        send(f.shop(), transferred(f.shop(), wrongAmount, "STL-1", "19.00"), wrongAmount),
        422,
        "SETTLEMENT_MISMATCH");
    String done = eventId();
    HttpResponse<String> transfer =
        send(f.shop(), transferred(f.shop(), done, "STL-1", "20.00"), done);
    assertThat(transfer.statusCode()).as(transfer.body()).isEqualTo(200);
    String doneAgain = eventId();
    assertError(
        send(f.shop(), transferred(f.shop(), doneAgain, "STL-1", "20.00"), doneAgain),
        409,
        "ALREADY_TRANSFERRED");
    assertThat(Lending.rows(f.shop()))
        .containsEntry("settlement", 1)
        .containsEntry("settlement_allocation", 2);
  }
}
