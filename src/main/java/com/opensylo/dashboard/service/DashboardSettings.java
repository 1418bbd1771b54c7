package com.opensylo.dashboard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Configuration of the dashboard ({@code opensylo.dashboard.*}); lockout values are read at each
 * use.
 */
@ApplicationScoped
public class DashboardSettings {

  @Inject
  @ConfigProperty(name = "opensylo.dashboard.audience")
  String audience;

  @Inject
  @ConfigProperty(name = "opensylo.dashboard.token-ttl")
  Duration tokenTtl;

  @Inject
  @ConfigProperty(name = "opensylo.dashboard.lockout.max-failures")
  Provider<Integer> maxFailures;

  @Inject
  @ConfigProperty(name = "opensylo.dashboard.lockout.duration")
  Provider<Duration> lockDuration;

  /** The {@code aud} of dashboard JWTs; no partner or admin endpoint accepts it. */
  public String audience() {
    return audience;
  }

  public Duration tokenTtl() {
    return tokenTtl;
  }

  /** Consecutive failed sign-ins that lock an account (at least 1). */
  public int maxFailures() {
    return Math.max(1, maxFailures.get());
  }

  public Duration lockDuration() {
    return lockDuration.get();
  }
}
