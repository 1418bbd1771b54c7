package com.opensylo.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The application's single source of "now". Everything that reads the time injects {@link Clock},
 * so tests can replace this producer with a clock they move (grace periods, code expiry, lockouts)
 * instead of sleeping.
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
