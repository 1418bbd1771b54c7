package com.opensylo.scoring;

import com.opensylo.scoring.scorecard.RiskFlag;
import com.opensylo.scoring.scorecard.RiskTier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * SPEC §6 CreditScore.
 *
 * @param totalScore components minus the penalty, clamped to 0–100
 * @param riskTier the tier of the score, capped by raised flags (a fraud flag caps it at E)
 * @param maxLendingAmount {@code eligiblePercentage} % of {@code lendingBasis.averageMonthlySales},
 *     rounded down to cents
 * @param eligiblePercentage the tier's share of average monthly sales
 * @param eligible true when the tier lends and the cap is above zero
 * @param riskFlags raised flags, in catalogue order
 * @param reasons at most four, largest points lost first
 * @param nextTier null for tier A
 * @param modelVersion the scorecard's model version
 * @param reasonCatalogueVersion the version of the reason codes
 * @param calculatedAt the profile's {@code scoredAt}
 */
public record CreditScore(
    int totalScore,
    RiskTier riskTier,
    BigDecimal maxLendingAmount,
    BigDecimal eligiblePercentage,
    boolean eligible,
    Currency currency,
    ScoreBreakdown breakdown,
    List<RiskFlag> riskFlags,
    List<Reason> reasons,
    NextTier nextTier,
    LendingBasis lendingBasis,
    String modelVersion,
    String reasonCatalogueVersion,
    Instant calculatedAt) {

  public CreditScore {
    riskFlags = List.copyOf(riskFlags);
    reasons = List.copyOf(reasons);
  }
}
