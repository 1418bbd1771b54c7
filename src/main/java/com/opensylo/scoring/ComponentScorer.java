package com.opensylo.scoring;

import com.opensylo.scoring.profile.MerchantProfile;
import com.opensylo.scoring.scorecard.ComponentRule;
import com.opensylo.scoring.scorecard.Direction;
import com.opensylo.scoring.scorecard.MetricRule;
import com.opensylo.scoring.scorecard.ReasonText;
import com.opensylo.scoring.scorecard.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores one component: each metric earns the points of the best bin its value reaches, and an
 * unknown value earns nothing. A component whose block was not shared scores 0, so holding data
 * back never beats sharing it.
 */
final class ComponentScorer {

  /** Catalogue positions for components start here; risk flags take the ones below. */
  static final int FIRST_COMPONENT_ORDER = 100;

  private final MetricReader reader;

  /**
   * Each metric's " vs ≥ 500 days", written once per scorecard: it is the same in every score. (The
   * value was written up to three times per metric and score, the benchmark up to twice.)
   */
  private final Map<MetricRule, String> versus = new IdentityHashMap<>();

  ComponentScorer(MetricReader reader, Scorecard scorecard) {
    this.reader = reader;
    for (ComponentRule rule : scorecard.components()) {
      for (MetricRule metric : rule.metrics()) {
        String sign = metric.metric().direction() == Direction.HIGHER ? "≥" : "≤";
        versus.put(metric, " vs " + sign + " " + show(metric.benchmark(), metric.reason().unit()));
      }
    }
  }

  /** The component's score, and what it lost (appended to {@code losses}). */
  ComponentScore score(ComponentRule rule, MerchantProfile profile, List<Loss> losses) {
    int order = FIRST_COMPONENT_ORDER + rule.component().ordinal() * 20;
    if (!MetricReader.shared(rule.component(), profile)) {
      losses.add(
          new Loss(rule.missingReasonCode(), rule.weight(), rule.missingReasonText(), order));
      Factor missing =
          new Factor(
              rule.missingReasonCode(), "not shared", 0, rule.weight(), rule.missingReasonText());
      return new ComponentScore(rule.component(), 0, rule.weight(), false, List.of(missing));
    }
    List<Factor> factors = new ArrayList<>(rule.metrics().size());
    int score = 0;
    for (MetricRule metric : rule.metrics()) {
      order++;
      BigDecimal value = reader.read(metric.metric(), profile);
      int points = value == null ? 0 : metric.pointsFor(value);
      ReasonText reason = metric.reason();
      String shown = value == null ? "unknown" : show(value, reason.unit());
      // "Dispute rate 0.8% vs ≤ 0.3%: resolve buyer issues before they escalate"
      String versusBenchmark =
          reason.label()
              + " "
              + shown
              + Objects.requireNonNull(versus.get(metric), "a metric of another scorecard");
      String explanation;
      if (points < metric.points()) {
        explanation =
            versusBenchmark + ": " + (value == null ? reason.unknownAction() : reason.action());
        losses.add(new Loss(reason.code(), metric.points() - points, explanation, order));
      } else {
        explanation = versusBenchmark + ": meets it";
      }
      factors.add(new Factor(metric.metric().name(), shown, points, metric.points(), explanation));
      score += points;
    }
    return new ComponentScore(rule.component(), score, rule.weight(), true, factors);
  }

  /**
   * {@code value} in plain digits without trailing fraction zeros ({@code 4.50} as 4.5, {@code 100}
   * as 100). Only a fraction is stripped: an integer needs nothing, where stripping gave {@code
   * 1E+2} for a {@code setScale(0)} to undo ({@code toPlainString} writes a negative scale's zeros
   * itself).
   */
  static String show(BigDecimal value, String unit) {
    BigDecimal plain = value.scale() > 0 ? value.stripTrailingZeros() : value;
    return plain.toPlainString() + unit;
  }
}
