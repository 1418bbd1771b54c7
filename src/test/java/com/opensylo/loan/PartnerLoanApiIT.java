package com.opensylo.loan;

import static com.opensylo.loan.Lending.deduction;
import static com.opensylo.loan.Lending.eventId;
import static com.opensylo.loan.Lending.reference;
import static com.opensylo.loan.Lending.repayment;
import static com.opensylo.testsupport.Api.assertApiError;
import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.merchant.Ingestion;
import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner Loan API (SPEC §7) with the marketplace's own token: active loans, status by id or
 * reference, deduction checks and bulk status; another marketplace's merchants and loans answer 404
 * like missing ones; the ledger invariant check sees a breach.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerLoanApiIT {

  private static final String API = "/api/v1/marketplace/loans";

  private static Response get(Lending.Shop shop, String path) {
    return Marketplaces.bearer(shop.token()).get(API + path);
  }

  private static Response post(Lending.Shop shop, String path, Object body) {
    return Marketplaces.bearer(shop.token())
        .contentType(ContentType.JSON)
        .body(body)
        .post(API + path);
  }

  private static Map<String, Object> proposal(
      String merchantId, String loanId, Object sale, Object proposed, String currency) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("merchantId", merchantId);
    if (loanId != null) {
      p.put("loanId", loanId);
    }
    p.put("transactionId", "tx-" + reference());
    p.put("saleAmount", sale);
    p.put("proposedDeduction", proposed);
    p.put("currency", currency);
    return p;
  }

  @Test
  void activeLoansStatusAndIsolation() {
    Lending.Shop shop = Lending.shop();
    Lending.Borrower borrower = Lending.borrower(shop);
    String first = Lending.activeLoan(shop, borrower, "1000", "100");
    String second = Lending.activeLoan(shop, borrower, "500", "0");
    Lending.approvedLoan(shop, borrower, "200", "0");
    String id = eventId();
    assertThat(
            repayment(shop, deduction(shop, borrower, first, id, reference(), "110.00"), id)
                .statusCode())
        .isEqualTo(200);

    Response active = get(shop, "/merchant/" + borrower.merchantId() + "/active");
    assertThat(active.statusCode()).as(active.asString()).isEqualTo(200);
    JsonPath json = active.jsonPath();
    assertThat(json.getBoolean("success")).isTrue();
    assertThat(json.getBoolean("hasActiveLoan")).isTrue();
    assertThat(json.getList("loans.loanId", String.class)).containsExactly(first, second);
    assertThat(new BigDecimal(json.getString("totalOutstanding"))).isEqualByComparingTo("1490.00");
    assertThat(new BigDecimal(json.getString("totalDeductionRate"))).isEqualByComparingTo("20");

    String ref = Lending.loan(first).getString("loan.reference");
    for (String key : List.of(first, ref)) {
      Response status = get(shop, "/" + key + "/status");
      assertThat(status.statusCode()).as(status.asString()).isEqualTo(200);
      assertThat(status.jsonPath().getString("loan.loanId")).isEqualTo(first);
      assertThat(new BigDecimal(status.jsonPath().getString("repaymentProgress.percentPaid")))
          .isEqualByComparingTo("10.00");
      assertThat(status.jsonPath().getInt("repaymentProgress.deductionsCount")).isEqualTo(1);
      assertThat(status.jsonPath().getString("repaymentProgress.lastDeductionAt")).isNotNull();
      assertThat(status.jsonPath().getBoolean("shouldDeduct")).isTrue();
    }

    Lending.Shop other = Lending.shop();
    Lending.Borrower stranger = Lending.borrower(other);
    assertThat(
            get(other, "/merchant/" + stranger.merchantId() + "/active")
                .jsonPath()
                .getBoolean("hasActiveLoan"))
        .isFalse();
    assertApiError(
        get(other, "/merchant/" + borrower.merchantId() + "/active"),
        404,
        "MERCHANT_NOT_FOUND",
        API + "/merchant/" + borrower.merchantId() + "/active");
    String unknown = Ingestion.merchantId();
    assertApiError(
        get(shop, "/merchant/" + unknown + "/active"),
        404,
        "MERCHANT_NOT_FOUND",
        API + "/merchant/" + unknown + "/active");
    for (String key : List.of(first, ref)) {
      assertApiError(
          get(other, "/" + key + "/status"), 404, "LOAN_NOT_FOUND", API + "/" + key + "/status");
    }
    String missing = java.util.UUID.randomUUID().toString();
    assertApiError(
        get(shop, "/" + missing + "/status"),
        404,
        "LOAN_NOT_FOUND",
        API + "/" + missing + "/status");
  }

  @Test
  void aMerchantsOwnTokenSeesOnlyThatMerchantsLoans() {
    Lending.Shop shop = Lending.shop();
    com.opensylo.merchant.Ingestion.Merchant mine =
        com.opensylo.merchant.Ingestion.consent(
            shop.marketplace(), com.opensylo.merchant.Ingestion.ALL_SCOPES + " repayment.report");
    String myId = Ingestion.merchantId();
    Ingestion.accepted(mine.accessToken(), Ingestion.payload(myId));
    Lending.Borrower other = Lending.borrower(shop);
    String othersLoan = Lending.activeLoan(shop, other, "1000", "0");
    Lending.Borrower me = new Lending.Borrower(myId, mine.accountId(), "A", "0");
    String myLoan = Lending.activeLoan(shop, me, "100", "0");

    Response own = Marketplaces.bearer(mine.accessToken()).get(API + "/" + myLoan + "/status");
    assertThat(own.statusCode()).as(own.asString()).isEqualTo(200);
    assertApiError(
        Marketplaces.bearer(mine.accessToken()).get(API + "/" + othersLoan + "/status"),
        404,
        "LOAN_NOT_FOUND",
        API + "/" + othersLoan + "/status");
    assertApiError(
        Marketplaces.bearer(mine.accessToken())
            .get(API + "/merchant/" + other.merchantId() + "/active"),
        404,
        "MERCHANT_NOT_FOUND",
        API + "/merchant/" + other.merchantId() + "/active");
  }

  @Test
  void theLoanApiNeedsRepaymentReport() {
    Lending.Shop shop = Lending.shop();
    String narrow =
        OAuth.clientCredentials(
            shop.marketplace().clientId(), shop.marketplace().clientSecret(), "credit.score.read");
    Response refused = Marketplaces.bearer(narrow).get(API + "/merchant/m-1/active");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.header("WWW-Authenticate"))
        .contains("insufficient_scope")
        .contains("repayment.report");
    assertThat(request().get(API + "/merchant/m-1/active").statusCode()).isEqualTo(401);
  }

  @Test
  void proposedDeductionsAreJudgedAgainstTheRateAndTheBalance() {
    Lending.Shop shop = Lending.shop();
    Lending.Borrower borrower = Lending.borrower(shop);
    String loan = Lending.activeLoan(shop, borrower, "1000", "50");
    String approved = Lending.approvedLoan(shop, borrower, "100", "0").getString("loan.loanId");
    Lending.Shop other = Lending.shop();
    Lending.Borrower stranger = Lending.borrower(other);
    Lending.activeLoan(other, stranger, "1000", "0");

    List<Object> items = new ArrayList<>();
    items.add(proposal(borrower.merchantId(), null, 1000, 100, "NGN")); // valid: 10 % of 1000
    items.add(proposal(borrower.merchantId(), loan, 1234.55, 123.46, "NGN")); // 123.455 → 123.46
    items.add(proposal(borrower.merchantId(), null, 1000, 90, "NGN")); // rate mismatch
    items.add(proposal(borrower.merchantId(), null, 20000, 1050.01, "NGN")); // > outstanding
    items.add(proposal(borrower.merchantId(), null, 20000, 1050, "NGN")); // capped by outstanding
    items.add(proposal(borrower.merchantId(), null, 1000, 100, "USD"));
    items.add(proposal(borrower.merchantId(), approved, 1000, 100, "NGN"));
    items.add(proposal(stranger.merchantId(), null, 1000, 100, "NGN")); // another marketplace's
    Response judged = post(shop, "/validate-deductions", Map.of("deductions", items));

    assertThat(judged.statusCode()).as(judged.asString()).isEqualTo(200);
    JsonPath json = judged.jsonPath();
    assertThat(json.getList("results.valid", Boolean.class))
        .containsExactly(true, true, false, false, true, false, false, false);
    assertThat(json.getList("results.reason", String.class))
        .containsExactly(
            null,
            null,
            "RATE_MISMATCH",
            "EXCEEDS_OUTSTANDING",
            null,
            "CURRENCY_MISMATCH",
            "LOAN_NOT_ACTIVE",
            "NO_ACTIVE_LOAN");
    assertThat(new BigDecimal(json.getString("results[0].expectedDeduction")))
        .isEqualByComparingTo("100.00");
    assertThat(new BigDecimal(json.getString("results[1].expectedDeduction")))
        .isEqualByComparingTo("123.46");
    assertThat(new BigDecimal(json.getString("results[4].expectedDeduction")))
        .isEqualByComparingTo("1050.00");
    assertThat(new BigDecimal(json.getString("results[0].outstandingBalance")))
        .isEqualByComparingTo("1050.00");
    assertThat(json.getString("results[0].loanId")).isEqualTo(loan);
    assertThat(json.getString("results[7].loanId")).isNull();
    assertThat(json.getInt("summary.total")).isEqualTo(8);
    assertThat(json.getInt("summary.valid")).isEqualTo(3);
    assertThat(json.getInt("summary.invalid")).isEqualTo(5);
    assertThat(new BigDecimal(Lending.loan(loan).getString("loan.totalPaid"))).isZero();

    List<Object> tooMany = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      tooMany.add(proposal(borrower.merchantId(), null, 10, 1, "NGN"));
    }
    assertApiError(
        post(shop, "/validate-deductions", Map.of("deductions", tooMany)),
        400,
        "VALIDATION_FAILED",
        API + "/validate-deductions");
    assertApiError(
        post(
            shop,
            "/validate-deductions",
            Map.of("deductions", List.of(proposal(borrower.merchantId(), null, -1, 1, "NGN")))),
        400,
        "VALIDATION_FAILED",
        API + "/validate-deductions");
  }

  @Test
  void bulkStatusAnswersInRequestOrderAndHidesOtherMarketplaces() {
    Lending.Shop shop = Lending.shop();
    Lending.Borrower borrower = Lending.borrower(shop);
    String loan = Lending.activeLoan(shop, borrower, "1000", "0");
    Lending.Shop other = Lending.shop();
    Lending.Borrower stranger = Lending.borrower(other);
    String foreign = Lending.activeLoan(other, stranger, "1000", "0");

    Response found =
        post(
            shop,
            "/bulk-status",
            Map.of(
                "loanIds", List.of(loan, foreign, "LOAN-0000-000000"),
                "merchantIds", List.of(borrower.merchantId(), stranger.merchantId())));
    assertThat(found.statusCode()).as(found.asString()).isEqualTo(200);
    JsonPath json = found.jsonPath();
    assertThat(json.getList("results.found", Boolean.class))
        .containsExactly(true, false, false, true, false);
    assertThat(json.getString("results[0].loan.loanId")).isEqualTo(loan);
    assertThat(json.getString("results[3].loan.loanId")).isEqualTo(loan);
    assertThat(json.getString("results[3].merchantId")).isEqualTo(borrower.merchantId());
    assertThat(json.getMap("results[1]")).doesNotContainKey("loan");
    assertThat(found.asString()).doesNotContain(stranger.accountId());

    List<String> many = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      many.add("LOAN-0000-" + i);
    }
    assertThat(post(shop, "/bulk-status", Map.of("loanIds", many)).statusCode()).isEqualTo(400);
    assertThat(post(shop, "/bulk-status", Map.of()).statusCode()).isEqualTo(400);
  }

  @Test
  void theInvariantCheckSeesABreach() {
    Lending.Shop shop = Lending.shop();
    Lending.Borrower borrower = Lending.borrower(shop);
    String loan = Lending.activeLoan(shop, borrower, "1000", "0");
    String ref = Lending.loan(loan).getString("loan.reference");
    try {
      assertThat(
              request()
                  .queryParam("loanId", loan)
                  .queryParam("delta", "0.01")
                  .post("/__probe/skew-loan")
                  .statusCode())
          .isEqualTo(204);
      JsonPath check = OAuth.admin().get("/v1/admin/reconciliation/ledger-check").jsonPath();
      assertThat(check.getBoolean("holds")).isFalse();
      assertThat(check.getList("breaches.subject", String.class)).contains(ref);
      assertThat(check.getList("breaches.rule", String.class))
          .contains("TOTAL_PAID_IS_SUM_OF_ENTRIES");
    } finally {
      request().queryParam("loanId", loan).queryParam("delta", "-0.01").post("/__probe/skew-loan");
    }
    assertThat(
            OAuth.admin()
                .get("/v1/admin/reconciliation/ledger-check")
                .jsonPath()
                .getBoolean("holds"))
        .isTrue();
  }
}
