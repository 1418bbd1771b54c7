package com.opensylo.testsupport;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The key pair the test suite signs admin tokens with, generated fresh for each run (never committed). Its
 * public half is written as PEM to {@code opensylo.it.keyDir}, where the server under test is told to find it
 * ({@code MP_JWT_VERIFY_PUBLICKEY_LOCATION}) before it starts.
 */
public final class TestKeys {

  private static ECKey signingKey;

  private TestKeys() {}

  /** The suite's signing key, created (and its public PEM written) on first use. */
  public static synchronized ECKey signingKey() {
    if (signingKey == null) {
      signingKey = generate("it-signing");
      writePublicPem(signingKey, publicKeyFile());
    }
    return signingKey;
  }

  /** A fresh key the server does not know, for "bad signature" cases. */
  public static ECKey foreignKey() {
    return generate("foreign");
  }

  /** Where the public PEM goes. */
  public static Path publicKeyFile() {
    String dir = System.getProperty("opensylo.it.keyDir", "target/it-keys");
    return Path.of(dir, "jwt-public.pem");
  }

  private static ECKey generate(String kid) {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void writePublicPem(ECKey key, Path file) {
    try {
      byte[] der = key.toECPublicKey().getEncoded();
      String pem =
          "-----BEGIN PUBLIC KEY-----\n"
              + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
              + "\n-----END PUBLIC KEY-----\n";
      Files.createDirectories(file.getParent());
      Files.writeString(file, pem);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
