package com.opensylo.scoring.scorecard;

import static com.opensylo.scoring.scorecard.InvalidScorecardException.check;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One version of the scorecard, valid by construction: the six components once each with weights
 * adding up to 100, five tiers with descending bands from 100 to 0 and lending shares that never
 * rise as the tier worsens, a penalty for every risk flag (fraud capping the tier at E), and reason
 * codes that are unique and all worded. Every rule is checked here, so whatever built it (the file
 * loader or a test) gets the same guarantees.
 *
 * @param version the scorecard file's version
 * @param modelVersion reported with every score as {@code modelVersion}
 * @param reasonCatalogueVersion the version of the reason codes and texts
 */
public record Scorecard(
    String version,
    String modelVersion,
    String reasonCatalogueVersion,
    List<TierBand> tiers,
    SpikeRule spikeRule,
    List<ComponentRule> components,
    List<PenaltyRule> penalties) {

  /** The sum of the component weights: the best possible score. */
  public static final int MAX_SCORE = 100;

  public Scorecard {
    InvalidScorecardException.text(version, "version");
    InvalidScorecardException.text(modelVersion, "modelVersion");
    InvalidScorecardException.text(reasonCatalogueVersion, "reasonCatalogueVersion");
    Objects.requireNonNull(spikeRule, "spikeRule");
    tiers = List.copyOf(tiers);
    components = List.copyOf(components);
    penalties = List.copyOf(penalties);
    checkComponents(components);
    checkTiers(tiers);
    checkPenalties(penalties);
    checkReasonCodes(components, penalties);
  }

  private static void checkComponents(List<ComponentRule> components) {
    check(
        components.size() == Component.values().length,
        "components: expected " + Component.values().length + ", found " + components.size());
    int sum = 0;
    for (int i = 0; i < components.size(); i++) {
      Component expected = Component.values()[i];
      check(
          components.get(i).component() == expected,
          "components: position "
              + i
              + " must be "
              + expected
              + ", found "
              + components.get(i).component());
      sum += components.get(i).weight();
    }
    check(sum == MAX_SCORE, "components: weights add up to " + sum + ", not " + MAX_SCORE);
  }

  private static void checkTiers(List<TierBand> tiers) {
    check(
        tiers.size() == RiskTier.values().length, "tiers: expected A to E, found " + tiers.size());
    for (int i = 0; i < tiers.size(); i++) {
      TierBand band = tiers.get(i);
      String where = "tiers: tier " + band.tier() + " ";
      check(
          band.tier() == RiskTier.values()[i],
          "tiers: position " + i + " must be " + RiskTier.values()[i] + ", found " + band.tier());
      check(
          band.lendingPercent().signum() >= 0
              && band.lendingPercent().compareTo(BigDecimal.valueOf(100)) <= 0,
          where + "lendingPercent must be within 0–100");
      if (i == 0) {
        check(
            band.minScore() > 0 && band.minScore() <= MAX_SCORE, where + "minScore must be 1–100");
      } else {
        TierBand better = tiers.get(i - 1);
        check(
            band.minScore() < better.minScore(),
            where
                + "minScore "
                + band.minScore()
                + " must be below tier "
                + better.tier()
                + "'s "
                + better.minScore());
        check(
            band.lendingPercent().compareTo(better.lendingPercent()) <= 0,
            where + "lendingPercent must not exceed tier " + better.tier() + "'s");
      }
    }
    check(tiers.get(tiers.size() - 1).minScore() == 0, "tiers: tier E must start at score 0");
  }

  private static void checkPenalties(List<PenaltyRule> penalties) {
    Map<RiskFlag, PenaltyRule> byFlag = new EnumMap<>(RiskFlag.class);
    for (PenaltyRule rule : penalties) {
      check(byFlag.put(rule.flag(), rule) == null, "penalties: " + rule.flag() + " listed twice");
    }
    for (RiskFlag flag : RiskFlag.values()) {
      check(byFlag.containsKey(flag), "penalties: no penalty for risk flag " + flag);
    }
    check(
        byFlag.get(RiskFlag.FRAUD_FLAG).tierCap() == RiskTier.E,
        "penalties: FRAUD_FLAG must cap the tier at E (SPEC §6)");
  }

  private static void checkReasonCodes(
      List<ComponentRule> components, List<PenaltyRule> penalties) {
    Set<String> codes = new HashSet<>();
    for (ComponentRule component : components) {
      check(
          codes.add(component.missingReasonCode()),
          "reason code " + component.missingReasonCode() + " is used twice");
      for (MetricRule metric : component.metrics()) {
        check(
            codes.add(metric.reason().code()),
            "reason code " + metric.reason().code() + " is used twice");
      }
    }
    for (PenaltyRule penalty : penalties) {
      check(
          codes.add(penalty.reasonCode()),
          "reason code " + penalty.reasonCode() + " is used twice");
    }
  }

  /** The rule of one component. */
  public ComponentRule component(Component component) {
    return components.get(component.ordinal());
  }

  /** The penalty of one risk flag. */
  public PenaltyRule penalty(RiskFlag flag) {
    return penalties.stream().filter(p -> p.flag() == flag).findFirst().orElseThrow();
  }

  /** The band of one tier. */
  public TierBand band(RiskTier tier) {
    return tiers.get(tier.ordinal());
  }

  /** The tier a score falls in. */
  public RiskTier tierFor(int score) {
    return tiers.stream().filter(t -> score >= t.minScore()).findFirst().orElseThrow().tier();
  }
}
