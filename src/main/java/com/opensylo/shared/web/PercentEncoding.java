package com.opensylo.shared.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict {@code application/x-www-form-urlencoded} decoding (query strings, form bodies, the client
 * id and secret inside HTTP Basic, RFC 6749 §2.3.1). {@link java.net.URLDecoder} throws an
 * unchecked exception on {@code %zz} and silently replaces bytes that are not UTF-8; here both are
 * an empty answer the caller turns into its own 400 or 401.
 */
public final class PercentEncoding {

  private PercentEncoding() {}

  /** {@code text} decoded ({@code +} is a space), or empty when an escape or UTF-8 is broken. */
  public static Optional<String> decode(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          return Optional.empty();
        }
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c == '+') {
        bytes.write(' ');
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          utf8 = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(utf8);
      }
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Whether every name and value of a {@code a=b&c=d} string decodes. */
  public static boolean isValidForm(String form) {
    if (form == null || form.isEmpty()) {
      return true;
    }
    for (String pair : form.split("&", -1)) {
      if (decode(pair).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
