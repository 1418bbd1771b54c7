package com.opensylo.sandbox.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sandbox configuration ({@code opensylo.sandbox.*}); defaults in {@code
 * microprofile-config.properties}.
 */
@ApplicationScoped
public class SandboxSettings {

  @Inject
  @ConfigProperty(name = "opensylo.sandbox.enabled")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "opensylo.api.version")
  String version;

  @Inject
  @ConfigProperty(name = "opensylo.sandbox.limitations")
  List<String> limitations;

  @Inject
  @ConfigProperty(name = "opensylo.sandbox.documentation-url")
  String documentationUrl;

  @Inject
  @ConfigProperty(name = "opensylo.sandbox.rate-limit.per-minute")
  int requestsPerMinute;

  @Inject
  @ConfigProperty(name = "opensylo.sandbox.rate-limit.per-hour")
  int requestsPerHour;

  @Inject
  @ConfigProperty(name = "opensylo.sandbox.token-expiry-days")
  int tokenExpiryDays;

  public boolean enabled() {
    return enabled;
  }

  public String version() {
    return version;
  }

  public List<String> limitations() {
    return List.copyOf(limitations);
  }

  public String documentationUrl() {
    return documentationUrl;
  }

  public int requestsPerMinute() {
    return requestsPerMinute;
  }

  public int requestsPerHour() {
    return requestsPerHour;
  }

  public int tokenExpiryDays() {
    return tokenExpiryDays;
  }
}
