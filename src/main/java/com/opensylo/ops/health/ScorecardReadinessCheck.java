package com.opensylo.ops.health;

import com.opensylo.merchant.service.ScoringModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the credit model has a valid scorecard: a file that is missing or breaks a rule
 * (weights not adding up to 100, bins out of order…) keeps the node out of traffic, and the check
 * says which file and which rule.
 */
@Readiness
@ApplicationScoped
public class ScorecardReadinessCheck implements HealthCheck {

  @Inject ScoringModel scoring;

  @Override
  public HealthCheckResponse call() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("scorecard", scoring.resource());
    scoring.modelVersion().ifPresent(v -> data.put("modelVersion", v));
    scoring.failure().ifPresent(f -> data.put("failure", f));
    // built directly, not through HealthCheckResponse.named(): no provider lookup, so the check
    // runs the same in a unit test
    return new HealthCheckResponse(
        "scorecard",
        scoring.failure().isEmpty()
            ? HealthCheckResponse.Status.UP
            : HealthCheckResponse.Status.DOWN,
        Optional.of(data));
  }
}
