package com.opensylo.identity.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.util.Set;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.util.BigIntegers;

/**
 * ES256 (ECDSA on P-256 with SHA-256, RFC 7518 §3.4) through Bouncy Castle's lightweight API, for
 * the signatures of every token this server issues.
 *
 * <p>Why not Nimbus' {@code ECDSASigner} over a JCA provider: each JCA signature re-initialises the
 * provider's signer from the key's {@code ECParameterSpec}, which converts the curve and its
 * generator afresh, so Bouncy Castle's fixed-point table for the generator is computed again for
 * every token (about half the signature's CPU, 8 % of a client_credentials request in a JFR profile
 * of the token benchmark). Here the curve ({@link CustomNamedCurves}' P-256, with its fast field
 * arithmetic) and the private scalar are built once per key, so the table is computed once and kept
 * with the generator. The nonce is deterministic (RFC 6979, HMAC-SHA-256): no signature depends on
 * the quality of a random source. Signatures are the JOSE form, R and S as 32 unsigned bytes each;
 * every one is verified by the JDK's provider wherever the suite checks a token (MicroProfile JWT)
 * and by {@code Es256SignerTest}.
 */
final class Es256Signer implements JWSSigner {

  private static final int COORDINATE_BYTES = 32;
  private static final ECDomainParameters P256 = p256();

  private final JCAContext jcaContext = new JCAContext();
  private final ECPrivateKeyParameters privateKey;

  /** A signer for {@code key}, which must be a private P-256 key. */
  Es256Signer(ECKey key) throws JOSEException {
    if (!Curve.P_256.equals(key.getCurve()) || !key.isPrivate()) {
      throw new JOSEException("ES256 needs a private P-256 key");
    }
    this.privateKey = new ECPrivateKeyParameters(key.getD().decodeToBigInteger(), P256);
  }

  @Override
  public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
    if (!JWSAlgorithm.ES256.equals(header.getAlgorithm())) {
      throw new JOSEException("This signer signs ES256 only, not " + header.getAlgorithm());
    }
    SHA256Digest sha256 = new SHA256Digest();
    sha256.update(signingInput, 0, signingInput.length);
    byte[] digest = new byte[sha256.getDigestSize()];
    sha256.doFinal(digest, 0);
    // one signer per signature: Bouncy Castle's ECDSASigner holds per-signature state
    ECDSASigner ecdsa = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
    ecdsa.init(true, privateKey);
    BigInteger[] rs = ecdsa.generateSignature(digest);
    byte[] jose = new byte[2 * COORDINATE_BYTES];
    BigIntegers.asUnsignedByteArray(rs[0], jose, 0, COORDINATE_BYTES);
    BigIntegers.asUnsignedByteArray(rs[1], jose, COORDINATE_BYTES, COORDINATE_BYTES);
    return Base64URL.encode(jose);
  }

  @Override
  public Set<JWSAlgorithm> supportedJWSAlgorithms() {
    return Set.of(JWSAlgorithm.ES256);
  }

  @Override
  public JCAContext getJCAContext() {
    return jcaContext;
  }

  private static ECDomainParameters p256() {
    X9ECParameters curve = CustomNamedCurves.getByName("secp256r1");
    return new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
  }
}
