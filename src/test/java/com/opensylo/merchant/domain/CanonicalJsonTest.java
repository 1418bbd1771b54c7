package com.opensylo.merchant.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * The canonical text must not change between versions: a stored submission's payload hash is how a
 * resend is recognised, so the same data must keep giving the same text (and hash) it gave when it
 * was stored, which was JSON-P's own string writing.
 */
class CanonicalJsonTest {

  @Test
  void everyCharacterIsQuotedExactlyAsJsonPWritesIt() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      all.append(c);
    }
    String text = all.append(Character.MAX_VALUE).toString();
    for (int from = 0; from < text.length(); from += 4096) {
      String chunk = text.substring(from, Math.min(text.length(), from + 4096));
      StringBuilder ours = new StringBuilder();
      CanonicalJson.quote(chunk, ours);
      assertThat(ours.toString()).isEqualTo(Json.createValue(chunk).toString());
    }
  }

  @Test
  void membersSortedNullsLeftOutNumbersPlainAndStringsEscaped() {
    JsonObject value =
        Json.createReader(
                new StringReader(
                    """
                    {"b":{"z":1.50,"a":null,"m":[3,1E+2,0.0,-0,12.340,100000,"x\\"y\\\\z\\n\\u0001é"]},
                     "a":true,"c\\t":false,"A":2e-3}
                    """))
            .readObject();
    assertThat(CanonicalJson.of(value))
        .isEqualTo(
            "{\"A\":0.002,\"a\":true,\"b\":{\"m\":[3,100,0,0,12.34,100000,"
                + "\"x\\\"y\\\\z\\n\\u0001é\"],\"z\":1.5},\"c\\t\":false}");
  }

  /**
   * A payload hashed by the implementation before this one (commit 3f022d6, JSON-P's quoting and a
   * TreeMap per object): the hash a stored submission carries must not move.
   */
  @Test
  void aStoredPayloadHashesAsItDidWhenItWasStored() {
    JsonObject payload =
        Json.createReader(
                new StringReader(
                    """
                    {"merchantIdentity":{"merchantId":"m-\\u00e9-\\"1\\"","businessName":"Ad\\u00e9 \\u1ecdj\\u00e0 \\u2014 Shop\\tNo.\\n7 \\ud83d\\ude00","businessType":"INDIVIDUAL","marketplaceOnboardingDate":"2024-02-29","verificationStatus":true,"country":"NG","category":"food"},
                     "salesPerformance":{"gmv90Days":300.00,"gmv30Days":100,"gmv180Days":6.0E+2,"avgMonthlySales":100.10,"orderCount":12,"avgOrderValue":8.330,"salesGrowthRate":-2.50},
                     "revenueConsistency":{"monthlyRevenue":[{"month":"2026-06","amount":10},{"amount":0.0,"month":"2026-05"},{"month":"2026-04","amount":-0}],"activeSalesDaysLast30":20,"zeroSalesDaysLast90":10,"monthsWithSales":2},
                     "historicalCredit":{"previousLoansCount":3,"totalOutstandingExternalDebt":123456789012345678901234567890,"hasActiveExternalLoans":true,"onTimeRepaymentRate":-80},
                     "behavioralRisk":null}
                    """))
            .readObject();
    assertThat(CanonicalJson.sha256(CanonicalJson.of(payload)))
        .isEqualTo("54d3d87af8ca35a4851c8bfe41c9c36921f11c0737c513ea0fc80f82608a2c87");
  }
}
