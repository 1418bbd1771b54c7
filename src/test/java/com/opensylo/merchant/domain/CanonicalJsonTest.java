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
}
