package com.opensylo.scoring;

import com.opensylo.scoring.profile.MerchantProfile;
import com.opensylo.scoring.scorecard.ComponentRule;
import com.opensylo.scoring.scorecard.RiskTier;
import com.opensylo.scoring.scorecard.Scorecard;
import com.opensylo.scoring.scorecard.ScorecardLoader;
import com.opensylo.scoring.scorecard.TierBand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The credit model of SPEC §6 under one scorecard. {@link #score} is a pure function of the
 * profile: no clock, no randomness, no mutable state (the texts of the scorecard's benchmarks are
 * written once, when it is built), so it is safe to share and call from any thread.
 *
 * <p>Guarantees, each resting on a rule the {@link Scorecard} checks: a better value of any metric
 * never lowers the score (bins rise monotonically, every flag only subtracts); the best profile
 * scores exactly 100 (each component's best bins add up to its weight, the weights to 100); the
 * total is the components minus the penalty, clamped to 0–100.
 */
public final class CreditModel {

  private final Scorecard scorecard;
  private final ComponentScorer scorer;

  public CreditModel(Scorecard scorecard) {
    this.scorecard = Objects.requireNonNull(scorecard, "scorecard");
    this.scorer = new ComponentScorer(new MetricReader(scorecard.spikeRule()), scorecard);
  }

  /**
   * The model under the current scorecard on the class path.
   *
   * @throws com.opensylo.scoring.scorecard.InvalidScorecardException when it is missing or invalid
   */
  public static CreditModel current() {
    return new CreditModel(ScorecardLoader.current());
  }

  public Scorecard scorecard() {
    return scorecard;
  }

  /** Scores one merchant. */
  public CreditScore score(MerchantProfile profile) {
    List<Loss> losses = new ArrayList<>();
    List<ComponentScore> components = new ArrayList<>();
    for (ComponentRule rule : scorecard.components()) {
      components.add(scorer.score(rule, profile, losses));
    }
    RiskAssessment risk = RiskAssessment.of(profile, scorecard, losses);
    ScoreBreakdown breakdown =
        new ScoreBreakdown(
            components.get(0),
            components.get(1),
            components.get(2),
            components.get(3),
            components.get(4),
            components.get(5),
            risk.penalty(),
            risk.factors());
    int raw = breakdown.componentTotal() - risk.penalty();
    int total = Math.max(0, Math.min(Scorecard.MAX_SCORE, raw));
    RiskTier tier = scorecard.tierFor(total).worst(risk.bestTier());
    TierBand band = scorecard.band(tier);
    LendingCap.Result cap = LendingCap.of(profile, scorecard.spikeRule());
    BigDecimal maxLending = cap.average().percentRoundedDown(band.lendingPercent());
    return new CreditScore(
        total,
        tier,
        maxLending,
        band.lendingPercent(),
        band.lendingPercent().signum() > 0 && maxLending.signum() > 0,
        profile.currency(),
        breakdown,
        risk.flags(),
        Explanation.reasons(losses),
        Explanation.nextTier(tier, total, raw, risk, losses, scorecard),
        cap.basis(),
        scorecard.modelVersion(),
        scorecard.reasonCatalogueVersion(),
        profile.scoredAt());
  }
}
