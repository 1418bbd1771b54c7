package com.opensylo.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 7636: the S256 transform, its appendix B example, and the verifier's form. */
class PkceTest {

  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
  private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

  @Test
  void s256MatchesTheRfcExample() {
    assertThat(Pkce.s256(VERIFIER)).isEqualTo(CHALLENGE);
    assertThat(new Pkce(CHALLENGE, Pkce.S256).isSatisfiedBy(VERIFIER)).isTrue();
  }

  @Test
  void aWrongOrMalformedVerifierFails() {
    Pkce pkce = new Pkce(CHALLENGE, Pkce.S256);
    assertThat(pkce.isSatisfiedBy(VERIFIER.replace('d', 'e'))).isFalse();
    assertThat(pkce.isSatisfiedBy(null)).isFalse();
    assertThat(pkce.isSatisfiedBy("short")).isFalse();
    assertThat(pkce.isSatisfiedBy(CHALLENGE)).isFalse(); // the challenge is not its own verifier
  }

  @Test
  void plainComparesTheVerifierItself() {
    assertThat(new Pkce(VERIFIER, Pkce.PLAIN).isSatisfiedBy(VERIFIER)).isTrue();
    assertThat(new Pkce(CHALLENGE, Pkce.PLAIN).isSatisfiedBy(VERIFIER)).isFalse();
  }

  @Test
  void theFormIs43To128UnreservedCharacters() {
    assertThat(Pkce.isWellFormed("a".repeat(43))).isTrue();
    assertThat(Pkce.isWellFormed("a".repeat(128))).isTrue();
    assertThat(Pkce.isWellFormed("a".repeat(42))).isFalse();
    assertThat(Pkce.isWellFormed("a".repeat(129))).isFalse();
    assertThat(Pkce.isWellFormed("a".repeat(42) + "+")).isFalse();
    assertThat(Pkce.isWellFormed("A-Z.a_z~0123456789".repeat(3))).isTrue();
  }
}
