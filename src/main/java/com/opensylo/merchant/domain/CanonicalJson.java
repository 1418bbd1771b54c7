package com.opensylo.merchant.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One text for one meaning: members sorted by name, null members left out, numbers in plain form
 * without trailing zeros ({@code 1.50} and {@code 1.5} are the same amount). Two submissions of the
 * same data therefore hash alike whatever order or number formatting the sender used.
 */
final class CanonicalJson {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

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
        JsonObject object = (JsonObject) value;
        String[] names = object.keySet().toArray(new String[0]);
        Arrays.sort(names);
        out.append('{');
        boolean first = true;
        for (String name : names) {
          JsonValue member = object.get(name);
          if (member.getValueType() == JsonValue.ValueType.NULL) {
            continue;
          }
          if (!first) {
            out.append(',');
          }
          first = false;
          quote(name, out);
          out.append(':');
          write(member, out);
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
      case STRING -> quote(((JsonString) value).getString(), out);
      case NUMBER -> {
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        if (number.signum() == 0) {
          out.append('0');
        } else if (number.scale() == 0) {
          out.append(number.toString()); // an integer as written: nothing to strip, no exponent
        } else {
          out.append(number.stripTrailingZeros().toPlainString());
        }
      }
      default -> out.append(value); // true, false (nulls never get here inside objects)
    }
  }

  /**
   * A JSON string exactly as JSON-P's (Parsson's) {@code JsonString.toString()} writes it, which
   * the texts stored so far were made with and their hashes must stay equal to: quote and backslash
   * escaped, {@code \b \f \n \r \t} by name, other control characters as {@code \}{@code u00xx},
   * everything else as it is. Written here in runs, straight into {@code out}, where Parsson builds
   * a string of its own character by character for every key and value.
   */
  static void quote(String text, StringBuilder out) {
    out.append('"');
    int plain = 0; // start of the run of characters that need no escape
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(text, plain, i);
      plain = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    out.append(text, plain, text.length()).append('"');
  }
}
