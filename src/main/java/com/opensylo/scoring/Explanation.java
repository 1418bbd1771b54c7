package com.opensylo.scoring;

import com.opensylo.scoring.scorecard.PenaltyRule;
import com.opensylo.scoring.scorecard.RiskFlag;
import com.opensylo.scoring.scorecard.RiskTier;
import com.opensylo.scoring.scorecard.Scorecard;
import java.util.ArrayList;
import java.util.List;

/** Turns the losses of a score into its {@code reasons} and its {@code nextTier}. */
final class Explanation {

  /** SPEC §6: at most four reasons. */
  static final int MAX_REASONS = 4;

  private Explanation() {}

  /** The largest losses, at most four, ties in catalogue order. */
  static List<Reason> reasons(List<Loss> losses) {
    return losses.stream()
        .sorted(Loss.RANKING)
        .limit(MAX_REASONS)
        .map(loss -> new Reason(loss.code(), loss.points(), loss.text()))
        .toList();
  }

  /**
   * What moves the merchant up one tier: clearing every raised flag that caps below it (which also
   * gives back its penalty), then recovering the largest remaining losses until the raw score
   * (components − penalty, before clamping) reaches the tier's minimum. Null for tier A.
   */
  static NextTier nextTier(
      RiskTier tier,
      int totalScore,
      int rawScore,
      RiskAssessment risk,
      List<Loss> losses,
      Scorecard scorecard) {
    RiskTier target = tier.better();
    if (target == null) {
      return null;
    }
    int minScore = scorecard.band(target).minScore();
    List<RiskFlag> blocking = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    int gained = 0;
    for (RiskFlag flag : risk.flags()) {
      PenaltyRule rule = scorecard.penalty(flag);
      if (rule.tierCap() != null && rule.tierCap().compareTo(target) > 0) {
        blocking.add(flag);
        codes.add(rule.reasonCode());
        gained +=
            losses.stream()
                .filter(l -> l.code().equals(rule.reasonCode()))
                .findFirst()
                .orElseThrow()
                .points();
      }
    }
    for (Loss loss : losses.stream().sorted(Loss.RANKING).toList()) {
      if (rawScore + gained >= minScore) {
        break;
      }
      if (!codes.contains(loss.code())) {
        codes.add(loss.code());
        gained += loss.points();
      }
    }
    int needed = Math.max(0, minScore - totalScore);
    return new NextTier(
        target,
        minScore,
        needed,
        blocking,
        codes,
        summary(target, minScore, needed, blocking, codes));
  }

  private static String summary(
      RiskTier target, int minScore, int needed, List<RiskFlag> blocking, List<String> codes) {
    StringBuilder text = new StringBuilder("Tier " + target + " starts at " + minScore + ": ");
    if (!blocking.isEmpty()) {
      text.append("clear ").append(String.join(", ", blocking.stream().map(Enum::name).toList()));
      text.append(needed > 0 ? " and " : "");
    }
    if (needed > 0) {
      text.append("gain ").append(needed).append(needed == 1 ? " point" : " points");
    }
    if (!codes.isEmpty()) {
      text.append(" (address ").append(String.join(", ", codes)).append(")");
    }
    return text.toString();
  }
}
