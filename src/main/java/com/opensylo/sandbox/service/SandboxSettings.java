package com.opensylo.sandbox.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Duration;
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
  Provider<Boolean> enabled;

  @Inject
  @ConfigProperty(name = "opensylo.sandbox.reset.schedule")
  Provider<String> resetSchedule;

  @Inject
  @ConfigProperty(name = "opensylo.sandbox.reset.poll-interval")
  Duration resetPollInterval;

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

  /** Read at each call, so turning the sandbox off applies at the next request. */
  public boolean enabled() {
    return enabled.get();
  }

  /**
   * The reset schedule, read at each call; empty when it is {@code off}.
   *
   * @throws IllegalArgumentException for a cron expression that cannot be read
   */
  public java.util.Optional<ResetSchedule> resetSchedule() {
    return ResetSchedule.parse(resetSchedule.get());
  }

  /** How often each node looks for a due reset. */
  public Duration resetPollInterval() {
    return resetPollInterval;
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
