package com.opensylo.testsupport;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * Keys the server does not know, generated per run (never committed), for "bad signature" cases.
 */
public final class TestKeys {

  private TestKeys() {}

  public static ECKey foreignKey() {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID("foreign").generate();
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
