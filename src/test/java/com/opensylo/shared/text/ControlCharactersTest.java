package com.opensylo.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

  @Test
  void findsEveryControlCharacterAnywhereInTheText() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String inTheMiddle = "ab" + c + "cd";
      assertThat(ControlCharacters.containsAny(inTheMiddle))
          .as("U+%04X", (int) c)
          .isEqualTo(Character.isISOControl(c));
    }
    assertThat(ControlCharacters.containsAny("\u0000")).isTrue();
    assertThat(ControlCharacters.containsAny("last\u009f")).isTrue();
  }

  @Test
  void plainAndNonAsciiTextHasNone() {
    assertThat(ControlCharacters.containsAny("")).isFalse();
    assertThat(ControlCharacters.containsAny("Ada's Fabrics ≥ 5 \uD83D\uDE00")).isFalse();
  }
}
