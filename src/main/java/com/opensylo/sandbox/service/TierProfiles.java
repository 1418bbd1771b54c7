package com.opensylo.sandbox.service;

import com.opensylo.sandbox.domain.TestMerchant;
import com.opensylo.shared.web.Jsonp;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The tier profiles of the test merchants: SPEC §6 submission bodies on the class path ({@code
 * sandbox/tier-*.json}) that the real model scores at 85, 72, 55, 40 and 20. They are data, not
 * hard-coded scores: the breakdown, reasons and cap a test merchant gets are exactly what the model
 * says of that profile ({@code TierProfilesTest} checks each total).
 */
public final class TierProfiles {

  private TierProfiles() {}

  /** The merchant's profile as a submission body. */
  public static JsonValue of(TestMerchant merchant) {
    try (InputStream in =
        TierProfiles.class.getClassLoader().getResourceAsStream(merchant.profile())) {
      if (in == null) {
        throw new IllegalStateException("missing sandbox profile " + merchant.profile());
      }
      try (JsonReader reader = Jsonp.PROVIDER.createReader(in)) {
        return reader.readValue();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
