package com.opensylo.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 6749 §3.3 scope lists, as requests and the access token's {@code scope} claim carry them. */
class ScopeStringsTest {

  @Test
  void scopesAreSplitOnSpacesInOrderEachOnce() {
    assertThat(ScopeStrings.parse("credit.score.read data.share.sales credit.score.read"))
        .containsExactly("credit.score.read", "data.share.sales");
    assertThat(ScopeStrings.parse("  a   b ")).containsExactly("a", "b");
  }

  @Test
  void nullOrBlankIsNoScope() {
    assertThat(ScopeStrings.parse(null)).isEmpty();
    assertThat(ScopeStrings.parse("")).isEmpty();
    assertThat(ScopeStrings.parse("   ")).isEmpty();
  }

  @Test
  void aScopeIsNeverMatchedByItsPrefixOrWithinAnother() {
    assertThat(ScopeStrings.parse("credit.score.read.all")).doesNotContain("credit.score.read");
    assertThat(ScopeStrings.parse("credit.score.readdata.share.sales"))
        .containsExactly("credit.score.readdata.share.sales");
  }
}
