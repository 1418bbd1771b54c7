package com.opensylo.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The Bouncy Castle ES256 signer: exactly RFC 6979's deterministic signature, in the JOSE form,
 * verified by the JDK's own provider; only ES256 with a private P-256 key.
 */
class Es256SignerTest {

  private static final JWSHeader ES256 = new JWSHeader(JWSAlgorithm.ES256);

  /** RFC 6979 A.2.5: the P-256 key, and the SHA-256 signature of the message "sample". */
  private static final ECKey RFC6979_KEY =
      new ECKey.Builder(
              Curve.P_256,
              coordinate("60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6"),
              coordinate("7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299"))
          .d(coordinate("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721"))
          .build();

  private static final String RFC6979_SAMPLE_R =
      "EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716";
  private static final String RFC6979_SAMPLE_S =
      "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8";

  private static Base64URL coordinate(String hex) {
    return Base64URL.encode(HexFormat.of().parseHex(hex));
  }

  @Test
  void signsExactlyTheRfc6979SignatureAsRAndSOf32BytesEach() throws Exception {
    Base64URL signature =
        new Es256Signer(RFC6979_KEY).sign(ES256, "sample".getBytes(StandardCharsets.US_ASCII));

    assertThat(HexFormat.of().withUpperCase().formatHex(signature.decode()))
        .isEqualTo(RFC6979_SAMPLE_R + RFC6979_SAMPLE_S);
  }

  @Test
  void anRAndAnSShorterThan32BytesArePaddedWithLeadingZerosAndStillVerify() throws Exception {
    // inputs found (signatures are deterministic) whose S, then R, has a leading zero byte
    Es256Signer signer = new Es256Signer(RFC6979_KEY);
    ECDSAVerifier jdk = new ECDSAVerifier(RFC6979_KEY.toPublicJWK());
    byte[] shortS = "input-20".getBytes(StandardCharsets.US_ASCII);
    byte[] shortR = "input-838".getBytes(StandardCharsets.US_ASCII);

    byte[] withShortS = signer.sign(ES256, shortS).decode();
    byte[] withShortR = signer.sign(ES256, shortR).decode();

    assertThat(withShortS).hasSize(64);
    assertThat(withShortS[32]).isZero();
    assertThat(jdk.verify(ES256, shortS, Base64URL.encode(withShortS))).isTrue();
    assertThat(withShortR).hasSize(64);
    assertThat(withShortR[0]).isZero();
    assertThat(jdk.verify(ES256, shortR, Base64URL.encode(withShortR))).isTrue();
  }

  @Test
  void theJdkProviderVerifiesItsTokensAndRefusesATamperedOne() throws Exception {
    ECKey key = new ECKeyGenerator(Curve.P_256).generate();
    Es256Signer signer = new Es256Signer(key);
    ECDSAVerifier jdk = new ECDSAVerifier(key.toPublicJWK());
    for (int i = 0; i < 200; i++) {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("at+jwt")).build(),
              new JWTClaimsSet.Builder().subject("client-" + i).build());
      jwt.sign(signer);
      SignedJWT parsed = SignedJWT.parse(jwt.serialize());
      assertThat(parsed.getSignature().decode()).hasSize(64);
      assertThat(parsed.verify(jdk)).as("token %d", i).isTrue();
      SignedJWT tampered =
          new SignedJWT(
              parsed.getHeader().toBase64URL(),
              new JWTClaimsSet.Builder()
                  .subject("client-" + (i + 1))
                  .build()
                  .toPayload()
                  .toBase64URL(),
              parsed.getSignature());
      assertThat(tampered.verify(jdk)).isFalse();
    }
  }

  @Test
  void theSameInputGivesTheSameSignature() throws Exception {
    ECKey key = new ECKeyGenerator(Curve.P_256).generate();
    byte[] input = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0".getBytes(StandardCharsets.US_ASCII);

    assertThat(new Es256Signer(key).sign(ES256, input))
        .isEqualTo(new Es256Signer(key).sign(ES256, input));
    assertThat(new Es256Signer(key).sign(ES256, input))
        .isNotEqualTo(
            new Es256Signer(key).sign(ES256, "other".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void refusesOtherAlgorithmsPublicKeysAndOtherCurves() throws Exception {
    Es256Signer signer = new Es256Signer(RFC6979_KEY);
    assertThatThrownBy(() -> signer.sign(new JWSHeader(JWSAlgorithm.ES384), new byte[] {1}))
        .isInstanceOf(JOSEException.class)
        .hasMessageContaining("ES384");
    assertThatThrownBy(() -> new Es256Signer(RFC6979_KEY.toPublicJWK()))
        .isInstanceOf(JOSEException.class);
    assertThatThrownBy(() -> new Es256Signer(new ECKeyGenerator(Curve.P_384).generate()))
        .isInstanceOf(JOSEException.class);
    assertThat(signer.supportedJWSAlgorithms()).containsExactly(JWSAlgorithm.ES256);
  }
}
