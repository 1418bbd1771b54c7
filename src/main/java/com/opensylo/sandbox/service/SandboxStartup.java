package com.opensylo.sandbox.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, when the sandbox is enabled: seeds the published world (one transaction under the
 * sandbox lock, so nodes starting together seed it once) and starts the reset scheduler. A seed
 * that fails (the database is down, a published email belongs to a real account) is logged and
 * retried by the next start or reset; the rest of the platform starts regardless.
 */
@ApplicationScoped
public class SandboxStartup {

  private static final Logger LOG = Logger.getLogger(SandboxStartup.class.getName());

  @Inject SandboxSettings settings;
  @Inject SandboxReset reset;
  @Inject SandboxResetScheduler scheduler;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (!settings.enabled()) {
      try {
        reset.retire();
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "The sandbox could not be retired: " + e.getMessage(), e);
      }
      return;
    }
    try {
      settings.resetSchedule(); // a bad expression shows now, not at 02:00
    } catch (IllegalArgumentException e) {
      LOG.severe("The sandbox reset schedule cannot be read, so no reset runs: " + e.getMessage());
    }
    scheduler.start(seedQuietly());
  }

  private boolean seedQuietly() {
    try {
      reset.seed();
      return true;
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "The sandbox could not be seeded (retried at each reset poll): " + e.getMessage(),
          e);
      return false;
    }
  }
}
