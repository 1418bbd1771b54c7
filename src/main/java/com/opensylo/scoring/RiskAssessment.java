package com.opensylo.scoring;

import com.opensylo.scoring.profile.BehavioralRisk;
import com.opensylo.scoring.profile.MerchantProfile;
import com.opensylo.scoring.profile.RevenueConsistency;
import com.opensylo.scoring.scorecard.PenaltyRule;
import com.opensylo.scoring.scorecard.RiskFlag;
import com.opensylo.scoring.scorecard.RiskTier;
import com.opensylo.scoring.scorecard.Scorecard;
import java.util.ArrayList;
import java.util.List;

/**
 * The behavioural-risk part of a score: which flags are raised, the penalty they subtract, and the
 * best tier they leave the merchant. Every flag only ever subtracts and only ever caps, so clearing
 * one can never lower the score or the tier.
 *
 * @param bestTier the best tier the raised flags allow (A when none caps)
 */
record RiskAssessment(List<RiskFlag> flags, int penalty, List<Factor> factors, RiskTier bestTier) {

  /** Assesses {@code profile}, appending each raised flag's loss to {@code losses}. */
  static RiskAssessment of(MerchantProfile profile, Scorecard scorecard, List<Loss> losses) {
    List<RiskFlag> flags = new ArrayList<>();
    List<Factor> factors = new ArrayList<>();
    int penalty = 0;
    RiskTier best = RiskTier.A;
    for (RiskFlag flag : RiskFlag.values()) {
      int occurrences = occurrences(flag, profile, scorecard);
      if (occurrences == 0) {
        continue;
      }
      PenaltyRule rule = scorecard.penalty(flag);
      int points = rule.pointsFor(occurrences);
      String text = rule.reasonText().replace("{value}", Integer.toString(occurrences));
      flags.add(flag);
      factors.add(
          new Factor(flag.name(), Integer.toString(occurrences), points, rule.maxPoints(), text));
      losses.add(new Loss(rule.reasonCode(), points, text, flag.ordinal()));
      penalty += points;
      best = best.worst(rule.tierCap());
    }
    return new RiskAssessment(List.copyOf(flags), penalty, List.copyOf(factors), best);
  }

  private static int occurrences(RiskFlag flag, MerchantProfile profile, Scorecard scorecard) {
    BehavioralRisk risk = profile.behavioralRisk();
    return switch (flag) {
      case FRAUD_FLAG -> risk != null && risk.hasFraudFlags() ? 1 : 0;
      case RECENT_SUSPENSION -> risk == null ? 0 : risk.accountSuspensions();
      case SUDDEN_GMV_SPIKE ->
          (risk != null && risk.hasSuddenGmvSpikes()) || recentSpike(profile, scorecard) ? 1 : 0;
      case LINKED_ACCOUNTS -> risk != null && risk.hasLinkedAccounts() ? 1 : 0;
      case UNVERIFIED_IDENTITY -> profile.identity().verified() ? 0 : 1;
      case RISK_DATA_MISSING -> risk == null ? 1 : 0;
    };
  }

  private static boolean recentSpike(MerchantProfile profile, Scorecard scorecard) {
    RevenueConsistency revenue = profile.revenueConsistency();
    return revenue != null
        && new RevenueSeries(revenue.monthlyRevenue(), scorecard.spikeRule()).hasRecentSpike();
  }
}
