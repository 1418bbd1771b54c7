package com.opensylo.ratelimit.service;

import com.opensylo.identity.domain.ClientEnvironment;
import com.opensylo.ratelimit.domain.RateLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured limits, read at every request so a change of configuration applies at once: {@code
 * opensylo.sandbox.rate-limit.per-minute} / {@code per-hour} for SANDBOX clients (the values {@code
 * /sandbox/info} shows) and {@code opensylo.rate-limit.production.per-minute} / {@code per-hour}
 * for PRODUCTION clients. 0 (or less) switches that window off.
 */
@ApplicationScoped
public class RateLimitSettings {

  @Inject
  @ConfigProperty(name = "opensylo.sandbox.rate-limit.per-minute")
  Provider<Integer> sandboxPerMinute;

  @Inject
  @ConfigProperty(name = "opensylo.sandbox.rate-limit.per-hour")
  Provider<Integer> sandboxPerHour;

  @Inject
  @ConfigProperty(name = "opensylo.rate-limit.production.per-minute")
  Provider<Integer> productionPerMinute;

  @Inject
  @ConfigProperty(name = "opensylo.rate-limit.production.per-hour")
  Provider<Integer> productionPerHour;

  /** The limits of a client in {@code environment}, the minute one first; none when all are off. */
  public List<RateLimit> limitsFor(ClientEnvironment environment) {
    boolean sandbox = environment == ClientEnvironment.SANDBOX;
    List<RateLimit> limits = new ArrayList<>(2);
    add(limits, RateLimit.MINUTE, (sandbox ? sandboxPerMinute : productionPerMinute).get());
    add(limits, RateLimit.HOUR, (sandbox ? sandboxPerHour : productionPerHour).get());
    return limits;
  }

  private static void add(List<RateLimit> limits, int windowSeconds, Integer max) {
    if (max != null && max > 0) {
      limits.add(new RateLimit(windowSeconds, max));
    }
  }
}
