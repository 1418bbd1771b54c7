package com.opensylo.scoring.scorecard;

/**
 * How the catalogue words a metric's reason: "{label} {value}{unit} vs {≥|≤} {benchmark}{unit}:
 * {action}", or with "unknown" as the value and {@code unknownAction} when the metric has no value.
 *
 * @param code the catalogue's reason code, unique across the scorecard
 * @param label what the metric is called ("Dispute rate")
 * @param unit written right after numbers ("%", " days"; empty for counts)
 * @param action the one thing that improves it
 * @param unknownAction what to share when the value is unknown; required where {@link
 *     Metric#mayBeUnknown()}
 */
public record ReasonText(
    String code, String label, String unit, String action, String unknownAction) {

  public ReasonText {
    InvalidScorecardException.text(code, "a reason code");
    InvalidScorecardException.text(label, "reason " + code + " label");
    InvalidScorecardException.text(action, "reason " + code + " action");
    unit = unit == null ? "" : unit;
  }
}
