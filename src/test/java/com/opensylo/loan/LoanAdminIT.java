package com.opensylo.loan;

import static com.opensylo.loan.Lending.LOANS;
import static com.opensylo.loan.Lending.application;
import static com.opensylo.loan.Lending.originate;
import static com.opensylo.loan.Lending.transition;
import static com.opensylo.testsupport.Api.assertApiError;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.merchant.Ingestion;
import com.opensylo.testsupport.OAuth;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Operators originate loans within the merchant's latest rating and move them through SPEC §5's
 * transitions; every transition is one outbox row, every illegal one a 409 naming the status.
 */
@ExtendWith(ArquillianExtension.class)
class LoanAdminIT {

  @Test
  void anOriginatedLoanIsApprovedWithAReferenceAndAnnounced() {
    Lending.Shop shop = Lending.shop();
    Lending.Borrower borrower = Lending.borrower(shop);
    Response created = originate(application(shop, borrower.merchantId(), 5000.50, 499.5, 12.5));

    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    JsonPath loan = created.jsonPath();
    String id = loan.getString("loan.loanId");
    assertThat(created.header("Location")).endsWith(LOANS + "/" + id);
    assertThat(loan.getString("loan.reference")).matches("LOAN-\\d{4}-\\d{6}");
    assertThat(loan.getString("loan.status")).isEqualTo("APPROVED");
    assertThat(loan.getString("loan.merchantId")).isEqualTo(borrower.merchantId());
    assertThat(loan.getString("loan.opensyloMerchantId")).isEqualTo(borrower.accountId());
    assertThat(new BigDecimal(loan.getString("loan.principalAmount")))
        .isEqualByComparingTo("5000.50");
    assertThat(new BigDecimal(loan.getString("loan.totalRepayable")))
        .isEqualByComparingTo("5500.00");
    assertThat(new BigDecimal(loan.getString("loan.totalPaid"))).isEqualByComparingTo("0");
    assertThat(new BigDecimal(loan.getString("loan.outstandingBalance")))
        .isEqualByComparingTo("5500.00");
    assertThat(new BigDecimal(loan.getString("loan.deductionRate"))).isEqualByComparingTo("12.5");
    assertThat(loan.getString("loan.currency")).isEqualTo("NGN");
    Map<String, Object> view = loan.getMap("loan");
    assertThat(view).containsKeys("disbursedAt", "completedAt").containsEntry("disbursedAt", null);
    assertThat(Lending.row(shop, "outbox.loan.approved")).isEqualTo(1);
    assertThat(Lending.loan(id).getString("loan.reference"))
        .isEqualTo(loan.getString("loan.reference"));

    Response second = originate(application(shop, borrower.merchantId(), 100, 0, 10));
    assertThat(second.jsonPath().getString("loan.reference"))
        .isNotEqualTo(loan.getString("loan.reference"));
  }

  @Test
  void eachTransitionIsAnnouncedAndEachIllegalOneIsAConflictNamingTheStatus() {
    Lending.Shop shop = Lending.shop();
    Lending.Borrower borrower = Lending.borrower(shop);
    String id = Lending.approvedLoan(shop, borrower, "1000", "100").getString("loan.loanId");

    for (String action : new String[] {"default", "write-off"}) {
      JsonPath refused =
          assertApiError(
              transition(id, action), 409, "INVALID_LOAN_STATUS", LOANS + "/" + id + "/" + action);
      assertThat(refused.getString("message")).contains("APPROVED");
    }
    Response disbursed = transition(id, "disburse");
    assertThat(disbursed.statusCode()).as(disbursed.asString()).isEqualTo(200);
    assertThat(disbursed.jsonPath().getString("loan.status")).isEqualTo("ACTIVE");
    assertThat(disbursed.jsonPath().getString("loan.disbursedAt")).isNotNull();
    for (String action : new String[] {"disburse", "cancel", "write-off"}) {
      JsonPath refused =
          assertApiError(
              transition(id, action), 409, "INVALID_LOAN_STATUS", LOANS + "/" + id + "/" + action);
      assertThat(refused.getString("message")).contains("ACTIVE");
    }
    assertThat(transition(id, "default").jsonPath().getString("loan.status"))
        .isEqualTo("DEFAULTED");
    assertThat(transition(id, "write-off").jsonPath().getString("loan.status"))
        .isEqualTo("WRITTEN_OFF");
    for (String action : new String[] {"disburse", "cancel", "default", "write-off"}) {
      JsonPath refused =
          assertApiError(
              transition(id, action), 409, "INVALID_LOAN_STATUS", LOANS + "/" + id + "/" + action);
      assertThat(refused.getString("message")).contains("WRITTEN_OFF");
    }

    String other = Lending.approvedLoan(shop, borrower, "1000", "100").getString("loan.loanId");
    assertThat(transition(other, "cancel").jsonPath().getString("loan.status"))
        .isEqualTo("CANCELLED");
    JsonPath refused =
        assertApiError(
            transition(other, "disburse"),
            409,
            "INVALID_LOAN_STATUS",
            LOANS + "/" + other + "/disburse");
    assertThat(refused.getString("message")).contains("CANCELLED");

    Map<String, Object> rows = Lending.rows(shop);
    assertThat(rows)
        .containsEntry("outbox.loan.approved", 2)
        .containsEntry("outbox.loan.disbursed", 1)
        .containsEntry("outbox.loan.defaulted", 1)
        .containsEntry("outbox.loan.written_off", 1)
        .containsEntry("outbox.loan.cancelled", 1);
  }

  @Test
  void originationIsRefusedAtTierEAboveTheCapWithoutAScoreAndInAnotherCurrency() {
    Lending.Shop shop = Lending.shop();
    Lending.Borrower fraud =
        Lending.borrower(
            shop, p -> Ingestion.block(p, "behavioralRisk").put("hasFraudFlags", true));
    assertThat(fraud.tier()).isEqualTo("E");
    assertApiError(
        originate(application(shop, fraud.merchantId(), 100, 10, 10)),
        422,
        "TIER_NOT_ELIGIBLE",
        LOANS);

    Lending.Borrower borrower = Lending.borrower(shop);
    BigDecimal cap = new BigDecimal(borrower.cap());
    assertThat(cap).isPositive();
    assertApiError(
        originate(application(shop, borrower.merchantId(), cap.add(new BigDecimal("0.01")), 0, 10)),
        422,
        "EXCEEDS_LENDING_CAP",
        LOANS);
    assertThat(originate(application(shop, borrower.merchantId(), cap, 0, 10)).statusCode())
        .isEqualTo(201);

    assertApiError(
        originate(application(shop, Ingestion.merchantId(), 100, 0, 10)),
        422,
        "MERCHANT_NOT_FOUND",
        LOANS);
    Map<String, Object> dollars = application(shop, borrower.merchantId(), 100, 0, 10);
    dollars.put("currency", "USD");
    assertApiError(originate(dollars), 422, "CURRENCY_MISMATCH", LOANS);
    Map<String, Object> nowhere = application(shop, borrower.merchantId(), 100, 0, 10);
    nowhere.put("marketplaceId", java.util.UUID.randomUUID().toString());
    assertApiError(originate(nowhere), 422, "MARKETPLACE_NOT_FOUND", LOANS);
    assertThat(Lending.row(shop, "loan")).isEqualTo(1);
  }

  @Test
  void invalidApplicationsAreRefusedFieldByField() {
    Lending.Shop shop = Lending.shop();
    Lending.Borrower borrower = Lending.borrower(shop);
    Object[][] cases = {
      {"principalAmount", "lots", 400, "MALFORMED_JSON"},
      {"principalAmount", 0, 400, "VALIDATION_FAILED"},
      {"principalAmount", -5, 400, "VALIDATION_FAILED"},
      {"principalAmount", 10.001, 400, "VALIDATION_FAILED"},
      {"feeAmount", -1, 400, "VALIDATION_FAILED"},
      {"deductionRate", 0, 400, "VALIDATION_FAILED"},
      {"deductionRate", 100.5, 400, "VALIDATION_FAILED"},
      {"currency", "ZZZ", 400, "VALIDATION_FAILED"},
      {"marketplaceId", "not-a-uuid", 400, "VALIDATION_FAILED"},
      {"surprise", true, 400, "MALFORMED_JSON"},
    };
    for (Object[] c : cases) {
      Map<String, Object> body = application(shop, borrower.merchantId(), 100, 0, 10);
      body.put((String) c[0], c[1]);
      JsonPath refused = assertApiError(originate(body), (int) c[2], (String) c[3], LOANS);
      assertThat(refused.getList("details.field", String.class))
          .as(c[0] + "=" + c[1])
          .contains((String) c[0]);
    }
    assertThat(Lending.row(shop, "loan")).isZero();
  }

  @Test
  void loansAreListedAndUnknownOnesAreNotFound() {
    Lending.Shop shop = Lending.shop();
    Lending.Borrower borrower = Lending.borrower(shop);
    String id = Lending.activeLoan(shop, borrower, "1000", "0");
    Response listed =
        OAuth.admin()
            .queryParam("marketplaceId", shop.id())
            .queryParam("status", "ACTIVE")
            .get(LOANS);
    assertThat(listed.statusCode()).as(listed.asString()).isEqualTo(200);
    assertThat(listed.jsonPath().getList("loans.loanId", String.class)).containsExactly(id);
    assertThat(listed.jsonPath().getLong("total")).isEqualTo(1);
    String unknown = java.util.UUID.randomUUID().toString();
    assertApiError(
        OAuth.admin().get(LOANS + "/" + unknown), 404, "LOAN_NOT_FOUND", LOANS + "/" + unknown);
    assertThat(
            OAuth.admin()
                .contentType(ContentType.JSON)
                .queryParam("status", "LATE")
                .get(LOANS)
                .statusCode())
        .isEqualTo(400);
  }
}
