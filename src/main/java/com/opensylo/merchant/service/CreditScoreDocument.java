package com.opensylo.merchant.service;

import com.opensylo.scoring.ComponentScore;
import com.opensylo.scoring.CreditScore;
import com.opensylo.scoring.Factor;
import com.opensylo.scoring.LendingBasis;
import com.opensylo.scoring.NextTier;
import com.opensylo.scoring.Reason;
import com.opensylo.scoring.ScoreBreakdown;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
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
@JsonbPropertyOrder({
  "totalScore",
  "riskTier",
  "maxLendingAmount",
  "eligiblePercentage",
  "eligible",
  "currency",
  "breakdown",
  "riskFlags",
  "reasons",
  "nextTier",
  "lendingBasis",
  "modelVersion",
  "reasonCatalogueVersion",
  "calculatedAt"
})
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
  @JsonbPropertyOrder({
    "salesPerformance",
    "revenueConsistency",
    "fulfillment",
    "payoutCashFlow",
    "platformDependency",
    "historicalCredit",
    "behavioralRisk"
  })
  public record CreditScoreBreakdown(
      ScoreComponent salesPerformance,
      ScoreComponent revenueConsistency,
      ScoreComponent fulfillment,
      ScoreComponent payoutCashFlow,
      ScoreComponent platformDependency,
      ScoreComponent historicalCredit,
      BehavioralRiskPenalty behavioralRisk) {}

  /** One component: points out of its weight, and what moved them. */
  @JsonbPropertyOrder({"score", "maxScore", "known", "factors"})
  public record ScoreComponent(
      int score,
      int maxScore,
      @Schema(description = "false when the block was not shared: it scores 0 and says so")
          boolean known,
      List<ScoreFactor> factors) {}

  /** What behavioural risk subtracted, flag by flag. */
  @JsonbPropertyOrder({"penalty", "factors"})
  public record BehavioralRiskPenalty(int penalty, List<ScoreFactor> factors) {}

  /** One measured value and the points it earned (for a risk flag: the points it took). */
  @JsonbPropertyOrder({"code", "value", "points", "maxPoints", "explanation"})
  public record ScoreFactor(
      String code, String value, int points, int maxPoints, String explanation) {}

  /** A reason code from the versioned catalogue: value vs benchmark, and one action. */
  @JsonbPropertyOrder({"code", "pointsLost", "text"})
  public record ScoreReason(String code, int pointsLost, String text) {}

  /** What would move the merchant up one tier. */
  @JsonbPropertyOrder({
    "tier",
    "minScore",
    "pointsNeeded",
    "blockingFlags",
    "reasonCodes",
    "summary"
  })
  public record NextTierAdvice(
      String tier,
      int minScore,
      int pointsNeeded,
      List<String> blockingFlags,
      List<String> reasonCodes,
      String summary) {}

  /** The average monthly sales the cap is a share of, and where it came from. */
  @JsonbPropertyOrder({"averageMonthlySales", "source", "excludedSpikeMonths"})
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

  /** This document as compact JSON, member order as declared, nulls left out. */
  public String toJson() {
    JsonText json = new JsonText(new StringBuilder(6 * 1024));
    json.object(null)
        .number("totalScore", totalScore)
        .string("riskTier", riskTier)
        .number("maxLendingAmount", maxLendingAmount)
        .number("eligiblePercentage", eligiblePercentage)
        .bool("eligible", eligible)
        .string("currency", currency);
    json.object("breakdown");
    component(json, "salesPerformance", breakdown.salesPerformance());
    component(json, "revenueConsistency", breakdown.revenueConsistency());
    component(json, "fulfillment", breakdown.fulfillment());
    component(json, "payoutCashFlow", breakdown.payoutCashFlow());
    component(json, "platformDependency", breakdown.platformDependency());
    component(json, "historicalCredit", breakdown.historicalCredit());
    json.object("behavioralRisk").number("penalty", breakdown.behavioralRisk().penalty());
    factors(json, breakdown.behavioralRisk().factors());
    json.end().end();
    strings(json, "riskFlags", riskFlags);
    json.array("reasons");
    for (ScoreReason reason : reasons) {
      json.object(null)
          .string("code", reason.code())
          .number("pointsLost", reason.pointsLost())
          .string("text", reason.text())
          .end();
    }
    json.endArray();
    if (nextTier != null) {
      json.object("nextTier")
          .string("tier", nextTier.tier())
          .number("minScore", nextTier.minScore())
          .number("pointsNeeded", nextTier.pointsNeeded());
      strings(json, "blockingFlags", nextTier.blockingFlags());
      strings(json, "reasonCodes", nextTier.reasonCodes());
      json.string("summary", nextTier.summary()).end();
    }
    json.object("lendingBasis")
        .number("averageMonthlySales", lendingBasis.averageMonthlySales())
        .string("source", lendingBasis.source());
    strings(json, "excludedSpikeMonths", lendingBasis.excludedSpikeMonths());
    json.end()
        .string("modelVersion", modelVersion)
        .string("reasonCatalogueVersion", reasonCatalogueVersion)
        .instant("calculatedAt", calculatedAt)
        .end();
    return json.toString();
  }

  private static void component(JsonText json, String name, ScoreComponent component) {
    json.object(name)
        .number("score", component.score())
        .number("maxScore", component.maxScore())
        .bool("known", component.known());
    factors(json, component.factors());
    json.end();
  }

  private static void factors(JsonText json, List<ScoreFactor> factors) {
    json.array("factors");
    for (ScoreFactor f : factors) {
      json.object(null)
          .string("code", f.code())
          .string("value", f.value())
          .number("points", f.points())
          .number("maxPoints", f.maxPoints())
          .string("explanation", f.explanation())
          .end();
    }
    json.endArray();
  }

  private static void strings(JsonText json, String name, List<String> values) {
    json.array(name);
    values.forEach(v -> json.string(null, v));
    json.endArray();
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
