package com.opensylo.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loading checks the scorecard: each broken variant of scorecard-v1.json (one JSON Pointer edit)
 * fails with a message naming the source, the place and the rule.
 */
class ScorecardLoaderTest {

  private static final String SOURCE = "test.json";

  private static JsonObject v1() {
    try (InputStream in =
        ScorecardLoaderTest.class.getClassLoader().getResourceAsStream(ScorecardLoader.CURRENT)) {
      return Json.createReader(in).readObject();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonStructure replace(JsonStructure json, String pointer, JsonValue value) {
    return Json.createPointer(pointer).replace(json, value);
  }

  private static Scorecard load(JsonStructure json) {
    return ScorecardLoader.read(new StringReader(json.toString()), SOURCE);
  }

  @Test
  void currentScorecardLoads() {
    Scorecard scorecard = ScorecardLoader.current();

    assertThat(scorecard.version()).isEqualTo("1");
    assertThat(scorecard.modelVersion()).isEqualTo("opensylo-credit-1.0");
    assertThat(scorecard.components())
        .extracting(ComponentRule::component, ComponentRule::weight)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Component.SALES_PERFORMANCE, 25),
            org.assertj.core.groups.Tuple.tuple(Component.REVENUE_CONSISTENCY, 20),
            org.assertj.core.groups.Tuple.tuple(Component.FULFILLMENT, 15),
            org.assertj.core.groups.Tuple.tuple(Component.PAYOUT_CASH_FLOW, 15),
            org.assertj.core.groups.Tuple.tuple(Component.PLATFORM_DEPENDENCY, 10),
            org.assertj.core.groups.Tuple.tuple(Component.HISTORICAL_CREDIT, 15));
    assertThat(scorecard.tiers()).extracting(TierBand::minScore).containsExactly(80, 65, 50, 35, 0);
    assertThat(scorecard.penalty(RiskFlag.FRAUD_FLAG).tierCap()).isEqualTo(RiskTier.E);
  }

  static Stream<Arguments> brokenFiles() {
    JsonObject v1 = v1();
    // components[2] is FULFILLMENT; its metrics[3] is DISPUTE_RATE (bins at most 1.5, 0.9, 0.65,
    // 0.3).
    String dispute = "/components/2/metrics/3";
    return Stream.of(
        Arguments.of(
            "weights do not add up to 100",
            // Sales 26 with its first metric at 14 points: the component is consistent, the total
            // not.
            replace(
                replace(
                    replace(v1, "/components/0/weight", Json.createValue(26)),
                    "/components/0/metrics/0/points",
                    Json.createValue(14)),
                "/components/0/metrics/0/bins/3/points",
                Json.createValue(14)),
            "scorecard test.json: components: weights add up to 101, not 100"),
        Arguments.of(
            "metric points do not add up to the weight",
            replace(v1, "/components/1/weight", Json.createValue(21)),
            "scorecard test.json: components[1]: component REVENUE_CONSISTENCY: metric points add"
                + " up to 20 but the weight is 21"),
        Arguments.of(
            "bin thresholds out of order",
            replace(v1, dispute + "/bins/2/atMost", Json.createValue(1.0)),
            "scorecard test.json: components[2].metrics[3]: metric DISPUTE_RATE: bin thresholds"
                + " must be descending (at most …) from worst to best bin, but bin 2 has 1.0 after"
                + " 0.9"),
        Arguments.of(
            "bin points not rising",
            replace(v1, dispute + "/bins/1/points", Json.createValue(3)),
            "scorecard test.json: components[2].metrics[3]: metric DISPUTE_RATE: bin points must"
                + " rise from worst to best bin, but bin 2 has 3 after 3"),
        Arguments.of(
            "best bin below the metric's points",
            replace(
                replace(v1, dispute + "/bins/3/points", Json.createValue(5)),
                dispute + "/points",
                Json.createValue(4)),
            "scorecard test.json: components[2].metrics[3]: metric DISPUTE_RATE: the best bin must"
                + " earn the metric's 4 points, not 5"),
        Arguments.of(
            "direction contradicts the metric",
            replace(v1, dispute + "/better", Json.createValue("HIGHER")),
            "scorecard test.json: components[2].metrics[3].better: DISPUTE_RATE improves when it is"
                + " LOWER, not HIGHER"),
        Arguments.of(
            "reason without an action",
            replace(v1, dispute + "/reason/action", Json.createValue(" ")),
            "scorecard test.json: components[2].metrics[3]: reason DISPUTE_RATE_HIGH action must"
                + " have a text"),
        Arguments.of(
            "duplicate reason code",
            replace(v1, dispute + "/reason/code", Json.createValue("REFUND_RATE_HIGH")),
            "scorecard test.json: reason code REFUND_RATE_HIGH is used twice"),
        Arguments.of(
            "unknown metric",
            replace(v1, dispute + "/metric", Json.createValue("CHARGEBACKS")),
            "scorecard test.json: components[2].metrics[3].metric: unknown Metric CHARGEBACKS;"
                + " one of [ORDER_COUNT"),
        Arguments.of(
            "missing weight",
            Json.createPointer("/components/0/weight").remove(v1),
            "scorecard test.json: components[0].weight: missing"),
        Arguments.of(
            "weight as a string",
            replace(v1, "/components/0/weight", Json.createValue("25")),
            "scorecard test.json: components[0].weight: must be an integer, found \"25\""),
        Arguments.of(
            "fraction where an integer belongs",
            replace(v1, "/components/0/weight", Json.createValue(25.5)),
            "scorecard test.json: components[0].weight: must be an integer, found 25.5"),
        Arguments.of(
            "tiers out of order",
            replace(v1, "/tiers/1/minScore", Json.createValue(85)),
            "scorecard test.json: tiers: tier B minScore 85 must be below tier A's 80"),
        Arguments.of(
            "lending share rising as the tier worsens",
            replace(v1, "/tiers/2/lendingPercent", Json.createValue(35)),
            "scorecard test.json: tiers: tier C lendingPercent must not exceed tier B's"),
        Arguments.of(
            "fraud not capped at E",
            replace(v1, "/penalties/0/tierCap", Json.createValue("D")),
            "scorecard test.json: penalties: FRAUD_FLAG must cap the tier at E (SPEC §6)"),
        Arguments.of(
            "a risk flag without a penalty",
            Json.createPointer("/penalties/5").remove(v1),
            "scorecard test.json: penalties: no penalty for risk flag RISK_DATA_MISSING"),
        Arguments.of(
            "a component missing",
            Json.createPointer("/components/5").remove(v1),
            "scorecard test.json: components: expected 6, found 5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void brokenFileIsRefusedWithAMessageNamingTheProblem(
      String name, JsonStructure json, String message) {
    assertThatThrownBy(() -> load(json))
        .isInstanceOf(InvalidScorecardException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void unparsableJsonIsRefused() {
    assertThatThrownBy(() -> ScorecardLoader.read(new StringReader("{\"version\": "), SOURCE))
        .isInstanceOf(InvalidScorecardException.class)
        .hasMessageStartingWith("scorecard test.json: not valid JSON");
  }

  @Test
  void missingResourceIsRefused() {
    assertThatThrownBy(() -> ScorecardLoader.fromClassPath("scoring/scorecard-v9.json"))
        .isInstanceOf(InvalidScorecardException.class)
        .hasMessage("scorecard scoring/scorecard-v9.json: not found on the class path");
  }
}
