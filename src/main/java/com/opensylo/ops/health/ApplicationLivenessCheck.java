package com.opensylo.ops.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the JVM has head-room: a node whose heap is nearly exhausted should be restarted, not
 * fed traffic. Deliberately does not touch the database, so a database outage makes nodes unready,
 * not restarted.
 */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

  private static final double MAX_HEAP_USED = 0.95;

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    double ratio = (double) used / runtime.maxMemory();
    return HealthCheckResponse.named("heap")
        .withData("usedBytes", used)
        .withData("maxBytes", runtime.maxMemory())
        .status(ratio < MAX_HEAP_USED)
        .build();
  }
}
