package com.opensylo.merchant.service;

import com.opensylo.scoring.ComponentScore;
import com.opensylo.scoring.CreditScore;
import com.opensylo.scoring.Factor;
import com.opensylo.scoring.LendingBasis;
import com.opensylo.scoring.NextTier;
import com.opensylo.scoring.Reason;
import com.opensylo.scoring.ScoreBreakdown;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * SPEC §6 CreditScore as the API answers it and as each submission keeps it (JSON in the history):
 * the model's {@link CreditScore} in plain JSON types, money with two decimals. Stored as answered,
 * so a score read back later is exactly the one the marketplace was given, whatever the model has
 * become since ({@code modelVersion} says which model made it).
 */
@Schema(name = "CreditScore", description = "An explainable credit score (SPEC 6)")
public record CreditScoreDocument(
    @Schema(minimum = "0", maximum = "100") int totalScore,
    @Schema(enumeration = {"A", "B", "C", "D", "E"}) String riskTier,
    @Schema(description = "avg monthly sales (spike months left out) x eligiblePercentage")
        BigDecimal maxLendingAmount,
    @Schema(description = "The tier's share of average monthly sales, percent")
        BigDecimal eligiblePercentage,
    boolean eligible,
    @Schema(description = "ISO 4217, the marketplace's currency") String currency,
    CreditScoreBreakdown breakdown,
    List<String> riskFlags,
    @Schema(description = "At most four, largest points lost first") List<ScoreReason> reasons,
    @Schema(description = "Absent for tier A") NextTierAdvice nextTier,
    ScoreLendingBasis lendingBasis,
    String modelVersion,
    String reasonCatalogueVersion,
    Instant calculatedAt) {

  /** The six weighted components (maxima adding up to 100) and the behavioural-risk penalty. */
  @Schema(name = "ScoreBreakdown")
  public record CreditScoreBreakdown(
      ScoreComponent salesPerformance,
      ScoreComponent revenueConsistency,
      ScoreComponent fulfillment,
      ScoreComponent payoutCashFlow,
      ScoreComponent platformDependency,
      ScoreComponent historicalCredit,
      BehavioralRiskPenalty behavioralRisk) {}

  /** One component: points out of its weight, and what moved them. */
  public record ScoreComponent(
      int score,
      int maxScore,
      @Schema(description = "false when the block was not shared: it scores 0 and says so")
          boolean known,
      List<ScoreFactor> factors) {}

  /** What behavioural risk subtracted, flag by flag. */
  public record BehavioralRiskPenalty(int penalty, List<ScoreFactor> factors) {}

  /** One measured value and the points it earned (for a risk flag: the points it took). */
  public record ScoreFactor(
      String code, String value, int points, int maxPoints, String explanation) {}

  /** A reason code from the versioned catalogue: value vs benchmark, and one action. */
  public record ScoreReason(String code, int pointsLost, String text) {}

  /** What would move the merchant up one tier. */
  public record NextTierAdvice(
      String tier,
      int minScore,
      int pointsNeeded,
      List<String> blockingFlags,
      List<String> reasonCodes,
      String summary) {}

  /** The average monthly sales the cap is a share of, and where it came from. */
  public record ScoreLendingBasis(
      BigDecimal averageMonthlySales, String source, List<String> excludedSpikeMonths) {}

  /** The document of a score the model calculated. */
  public static CreditScoreDocument of(CreditScore score) {
    ScoreBreakdown b = score.breakdown();
    NextTier next = score.nextTier();
    LendingBasis basis = score.lendingBasis();
    return new CreditScoreDocument(
        score.totalScore(),
        score.riskTier().name(),
        cents(score.maxLendingAmount()),
        score.eligiblePercentage(),
        score.eligible(),
        score.currency().getCurrencyCode(),
        new CreditScoreBreakdown(
            component(b.salesPerformance()),
            component(b.revenueConsistency()),
            component(b.fulfillment()),
            component(b.payoutCashFlow()),
            component(b.platformDependency()),
            component(b.historicalCredit()),
            new BehavioralRiskPenalty(
                b.behavioralRiskPenalty(), factors(b.behavioralRiskFactors()))),
        score.riskFlags().stream().map(Enum::name).toList(),
        score.reasons().stream().map(CreditScoreDocument::reason).toList(),
        next == null
            ? null
            : new NextTierAdvice(
                next.tier().name(),
                next.minScore(),
                next.pointsNeeded(),
                next.blockingFlags().stream().map(Enum::name).toList(),
                next.reasonCodes(),
                next.summary()),
        new ScoreLendingBasis(
            cents(basis.averageMonthlySales()),
            basis.source(),
            basis.excludedSpikeMonths().stream().map(YearMonth::toString).toList()),
        score.modelVersion(),
        score.reasonCatalogueVersion(),
        score.calculatedAt());
  }

  private static ScoreComponent component(ComponentScore component) {
    return new ScoreComponent(
        component.score(), component.maxScore(), component.known(), factors(component.factors()));
  }

  private static List<ScoreFactor> factors(List<Factor> factors) {
    return factors.stream()
        .map(f -> new ScoreFactor(f.code(), f.value(), f.points(), f.maxPoints(), f.explanation()))
        .toList();
  }

  private static ScoreReason reason(Reason reason) {
    return new ScoreReason(reason.code(), reason.pointsLost(), reason.text());
  }

  private static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }
}
