package com.opensylo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestCorrelationTest {

  @Test
  void keepsAWellFormedIncomingId() {
    assertThat(RequestCorrelation.acceptOrGenerate("abc-123_XYZ.9")).isEqualTo("abc-123_XYZ.9");
  }

  @Test
  void replacesMissingShortLongOrUnsafeIds() {
    assertThat(RequestCorrelation.acceptOrGenerate(null)).matches("[0-9a-f-]{36}");
    assertThat(RequestCorrelation.acceptOrGenerate("short")).matches("[0-9a-f-]{36}");
    assertThat(RequestCorrelation.acceptOrGenerate("x".repeat(65))).matches("[0-9a-f-]{36}");
    assertThat(RequestCorrelation.acceptOrGenerate("abc\r\nSet-Cookie: x"))
        .matches("[0-9a-f-]{36}");
  }
}
