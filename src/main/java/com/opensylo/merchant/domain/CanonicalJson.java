package com.opensylo.merchant.domain;

import com.opensylo.shared.web.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * One text for one meaning: members sorted by name, null members left out, numbers in plain form
 * without trailing zeros ({@code 1.50} and {@code 1.5} are the same amount). Two submissions of the
 * same data therefore hash alike whatever order or number formatting the sender used.
 */
final class CanonicalJson {

  private CanonicalJson() {}

  static String of(JsonValue value) {
    StringBuilder out = new StringBuilder(1024);
    write(value, out);
    return out.toString();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static void write(JsonValue value, StringBuilder out) {
    switch (value.getValueType()) {
      case OBJECT -> {
        TreeMap<String, JsonValue> sorted = new TreeMap<>((JsonObject) value);
        out.append('{');
        boolean first = true;
        for (var member : sorted.entrySet()) {
          if (member.getValue().getValueType() == JsonValue.ValueType.NULL) {
            continue;
          }
          if (!first) {
            out.append(',');
          }
          first = false;
          out.append(Jsonp.PROVIDER.createValue(member.getKey())).append(':');
          write(member.getValue(), out);
        }
        out.append('}');
      }
      case ARRAY -> {
        out.append('[');
        JsonArray array = (JsonArray) value;
        for (int i = 0; i < array.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(array.get(i), out);
        }
        out.append(']');
      }
      case STRING -> out.append((JsonString) value);
      case NUMBER -> {
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        out.append(number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString());
      }
      default -> out.append(value); // true, false (nulls never get here inside objects)
    }
  }
}
