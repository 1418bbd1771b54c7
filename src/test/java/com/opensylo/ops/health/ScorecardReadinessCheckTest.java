package com.opensylo.ops.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opensylo.merchant.service.ScoringModel;
import com.opensylo.shared.error.RetryLaterException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * A bad scorecard file stops readiness with a message naming the file and the broken rule, and
 * scoring refuses with 503 instead of scoring with it; the shipped file is ready.
 */
class ScorecardReadinessCheckTest {

  private static HealthCheckResponse check(String resource) {
    ScorecardReadinessCheck check = new ScorecardReadinessCheck();
    check.scoring = ScoringModel.from(resource);
    return check.call();
  }

  @Test
  void theShippedScorecardIsReady() {
    HealthCheckResponse response = check("scoring/scorecard-v1.json");
    assertThat(response.getName()).isEqualTo("scorecard");
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(response.getData().orElseThrow())
        .containsEntry("scorecard", "scoring/scorecard-v1.json")
        .containsEntry("modelVersion", "opensylo-credit-1.0")
        .doesNotContainKey("failure");
  }

  @Test
  void weightsThatDoNotAddUpTo100StopReadinessAndScoring() {
    HealthCheckResponse response = check("scoring/scorecard-broken-weights.json");
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData().orElseThrow().get("failure"))
        .isEqualTo(
            "scorecard scoring/scorecard-broken-weights.json: components: weights add up to 101,"
                + " not 100");
    ScoringModel model = ScoringModel.from("scoring/scorecard-broken-weights.json");
    assertThatThrownBy(model::model)
        .isInstanceOfSatisfying(
            RetryLaterException.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.code()).isEqualTo("SCORING_UNAVAILABLE");
            });
  }

  @Test
  void aMissingFileStopsReadinessSayingSo() {
    HealthCheckResponse response = check("scoring/scorecard-v9.json");
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData().orElseThrow())
        .containsEntry(
            "failure", "scorecard scoring/scorecard-v9.json: not found on the class path")
        .doesNotContainKey("modelVersion");
  }
}
