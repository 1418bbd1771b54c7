package com.opensylo.scoring;

import com.opensylo.scoring.profile.MerchantProfile;
import com.opensylo.scoring.scorecard.ComponentRule;
import com.opensylo.scoring.scorecard.Direction;
import com.opensylo.scoring.scorecard.MetricRule;
import com.opensylo.scoring.scorecard.ReasonText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores one component: each metric earns the points of the best bin its value reaches, and an
 * unknown value earns nothing. A component whose block was not shared scores 0, so holding data
 * back never beats sharing it.
 */
final class ComponentScorer {

  /** Catalogue positions for components start here; risk flags take the ones below. */
  static final int FIRST_COMPONENT_ORDER = 100;

  private final MetricReader reader;

  ComponentScorer(MetricReader reader) {
    this.reader = reader;
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
    List<Factor> factors = new ArrayList<>();
    int score = 0;
    for (MetricRule metric : rule.metrics()) {
      order++;
      BigDecimal value = reader.read(metric.metric(), profile);
      int points = value == null ? 0 : metric.pointsFor(value);
      String text = reasonText(metric, value);
      if (points < metric.points()) {
        losses.add(new Loss(metric.reason().code(), metric.points() - points, text, order));
      }
      factors.add(
          new Factor(
              metric.metric().name(),
              value == null ? "unknown" : show(value, metric.reason().unit()),
              points,
              metric.points(),
              points < metric.points() ? text : versusBenchmark(metric, value) + ": meets it"));
      score += points;
    }
    return new ComponentScore(rule.component(), score, rule.weight(), true, factors);
  }

  /** "Dispute rate 0.8% vs ≤ 0.3%: resolve buyer issues before they escalate". */
  static String reasonText(MetricRule metric, BigDecimal value) {
    ReasonText reason = metric.reason();
    String action = value == null ? reason.unknownAction() : reason.action();
    return versusBenchmark(metric, value) + ": " + action;
  }

  private static String versusBenchmark(MetricRule metric, BigDecimal value) {
    ReasonText reason = metric.reason();
    String shown = value == null ? "unknown" : show(value, reason.unit());
    String sign = metric.metric().direction() == Direction.HIGHER ? "≥" : "≤";
    return reason.label()
        + " "
        + shown
        + " vs "
        + sign
        + " "
        + show(metric.benchmark(), reason.unit());
  }

  /**
   * {@code value} in plain digits without trailing fraction zeros ({@code 4.50} as 4.5, {@code 100}
   * as 100). Only a fraction is stripped: stripping an integer gave {@code 1E+2}, and setting that
   * back to scale 0 took a BigInteger multiplication on JDK 17, which made this the costliest step
   * of scoring (JFR); {@code toPlainString} writes a negative scale's zeros itself.
   */
  static String show(BigDecimal value, String unit) {
    BigDecimal plain = value.scale() > 0 ? value.stripTrailingZeros() : value;
    return plain.toPlainString() + unit;
  }
}
