package com.opensylo.loan;

import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.OAuth;
import io.restassured.response.Response;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bank-style check of the whole ledger, run after every other suite class has written to it
 * (ordered last but one, before the log check): any breach fails the build and is listed.
 */
@ExtendWith(ArquillianExtension.class)
@Order(Integer.MAX_VALUE - 1)
class LedgerInvariantsIT {

  @Test
  void theLedgerHoldsAfterTheWholeSuite() {
    Response check = OAuth.admin().get("/v1/admin/reconciliation/ledger-check");
    assertThat(check.statusCode()).as(check.asString()).isEqualTo(200);
    assertThat(check.jsonPath().getList("breaches")).as(check.asString()).isEmpty();
    assertThat(check.jsonPath().getBoolean("holds")).isTrue();
    assertThat(check.jsonPath().getLong("loans")).isPositive();
    assertThat(check.jsonPath().getLong("entries")).isPositive();
  }
}
