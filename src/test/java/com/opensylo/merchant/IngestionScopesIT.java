package com.opensylo.merchant;

import static com.opensylo.merchant.Ingestion.ALL_SCOPES;
import static com.opensylo.merchant.Ingestion.DATA_SCOPES;
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
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each data block needs its scope in the token and in the merchant's consent (SPEC §6): for every
 * scope, a token without it and a consent without it each get 403 naming it, and nothing of the
 * submission is stored. Reading the score needs {@code credit.score.read} in both as well.
 */
@ExtendWith(ArquillianExtension.class)
class IngestionScopesIT {

  private static String allBut(String scope) {
    return Arrays.stream(ALL_SCOPES.split(" "))
        .filter(s -> !s.equals(scope))
        .collect(Collectors.joining(" "));
  }

  /** A marketplace with one linked merchant. */
  private record Linked(Marketplaces.Onboarded shop, Ingestion.Merchant merchant, String id) {}

  private static Linked linked() {
    Marketplaces.Onboarded shop = Ingestion.onboard();
    Ingestion.Merchant merchant = Ingestion.consent(shop, ALL_SCOPES);
    String id = merchantId();
    accepted(merchant.accessToken(), payload(id));
    return new Linked(shop, merchant, id);
  }

  /** Data not sent before, so a refusal cannot be the idempotent answer in disguise. */
  private static Map<String, Object> freshPayload(String id, int orders) {
    Map<String, Object> body = payload(id);
    block(body, "salesPerformance").put("orderCount", orders);
    return body;
  }

  @Test
  void aTokenWithoutABlocksScopeIsRefusedNamingItAndNothingIsStored() {
    Linked linked = linked();
    Ingestion.Rows before = rows(linked.shop());
    int orders = 700;
    for (String scope : DATA_SCOPES) {
      String token = Ingestion.clientToken(linked.shop(), allBut(scope));
      Response response = submit(token, freshPayload(linked.id(), orders++));
      JsonPath body = assertApiError(response, 403, "INSUFFICIENT_SCOPE", Ingestion.MERCHANT);
      assertThat(body.getString("message")).as(scope).contains(scope);
      assertThat(response.header("WWW-Authenticate"))
          .isEqualTo("Bearer error=\"insufficient_scope\", scope=\"" + scope + "\"");
    }
    assertThat(rows(linked.shop())).isEqualTo(before);
  }

  @Test
  void theMessageNamesTheBlocksThatNeedTheMissingScope() {
    Linked linked = linked();
    JsonPath body =
        assertApiError(
            submit(
                Ingestion.clientToken(linked.shop(), allBut("data.share.sales")),
                freshPayload(linked.id(), 650)),
            403,
            "INSUFFICIENT_SCOPE",
            Ingestion.MERCHANT);
    assertThat(body.getString("message"))
        .isEqualTo(
            "The access token lacks the scope data.share.sales that salesPerformance,"
                + " revenueConsistency needs.");
    // without the blocks that need it, the same token is enough
    Map<String, Object> withoutSales = freshPayload(linked.id(), 651);
    withoutSales.remove("salesPerformance");
    withoutSales.remove("revenueConsistency");
    assertThat(
            submit(Ingestion.clientToken(linked.shop(), allBut("data.share.sales")), withoutSales)
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void aMerchantsFirstSubmissionBeyondItsTokenLinksNothing() {
    Marketplaces.Onboarded shop = Ingestion.onboard();
    Ingestion.Merchant merchant = Ingestion.consent(shop, allBut("data.share.risk"));
    assertApiError(
        submit(merchant.accessToken(), payload(merchantId())),
        403,
        "INSUFFICIENT_SCOPE",
        Ingestion.MERCHANT);
    assertThat(rows(shop)).isEqualTo(new Ingestion.Rows(0, 0));
  }

  @Test
  void aConsentWithoutABlocksScopeIsRefusedNamingItAndNothingIsStored() {
    int orders = 800;
    for (String scope : DATA_SCOPES) {
      Linked linked = linked();
      // the merchant takes the scope back: the first grant revoked, a narrower one given
      Ingestion.revoke(linked.shop(), linked.merchant());
      Ingestion.Merchant narrower =
          Ingestion.consentNarrower(linked.shop(), linked.merchant(), allBut(scope));
      assertThat(narrower.accountId()).isEqualTo(linked.merchant().accountId());
      Ingestion.Rows before = rows(linked.shop());
      JsonPath body =
          assertApiError(
              submit(
                  Ingestion.clientToken(linked.shop(), null), freshPayload(linked.id(), orders++)),
              403,
              "SCOPE_NOT_CONSENTED",
              Ingestion.MERCHANT);
      assertThat(body.getString("message")).as(scope).contains(scope);
      assertThat(rows(linked.shop())).isEqualTo(before);
    }
  }

  @Test
  void readingTheScoreNeedsCreditScoreReadInTheTokenAndTheConsent() {
    Linked linked = linked();
    String path = Ingestion.MERCHANT + "/" + linked.id() + "/credit-score";
    Response noScope =
        creditScore(Ingestion.clientToken(linked.shop(), "data.share.sales"), linked.id());
    assertApiError(noScope, 403, "INSUFFICIENT_SCOPE", path);
    assertThat(noScope.header("WWW-Authenticate")).contains("scope=\"credit.score.read\"");

    Ingestion.revoke(linked.shop(), linked.merchant());
    Ingestion.consentNarrower(linked.shop(), linked.merchant(), allBut("credit.score.read"));
    JsonPath body =
        assertApiError(
            creditScore(Ingestion.clientToken(linked.shop(), null), linked.id()),
            403,
            "SCOPE_NOT_CONSENTED",
            path);
    assertThat(body.getString("message")).contains("credit.score.read");
  }
}
