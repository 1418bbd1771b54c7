package com.opensylo.merchant.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void everyUtf16UnitIsWrittenAsAsciiThatReadsBackToItself() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      all.append(c);
    }
    all.append(Character.MAX_VALUE);
    String value = all.toString();
    // every unit in one value, a short one, a long run of escapes, and a name that needs escaping
    String text =
        new JsonText()
            .object(null)
            .string("all", value)
            .string("short", "é")
            .string("edge", "≥".repeat(43))
            .number("na\"me ≥", 1)
            .end()
            .toString();

    assertThat(text.chars().allMatch(c -> c >= 0x20 && c < 0x7F)).isTrue();
    JsonObject read = Json.createReader(new StringReader(text)).readObject();
    assertThat(read.getString("all")).isEqualTo(value);
    assertThat(read.getString("short")).isEqualTo("é");
    assertThat(read.getString("edge")).isEqualTo("≥".repeat(43));
    assertThat(read.getInt("na\"me ≥")).isEqualTo(1);
    assertThat(text).endsWith(",\"na\\\"me \\u2265\":1}");
    assertThat(text).startsWith("{\"all\":\"\\u0000\\u0001").contains("\"short\":\"\\u00e9\"");
  }
}
