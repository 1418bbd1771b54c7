package com.opensylo.scoring;

/**
 * One line of a component's (or the penalty's) explanation: what was measured, what it earned.
 *
 * @param code the metric ({@code DISPUTE_RATE}), the missing block's reason code, or the risk flag
 * @param value the value as scored ("0.8%", "unknown", "not shared")
 * @param points points earned (for a risk flag: points subtracted)
 * @param maxPoints the most it could earn (for a risk flag: the most it can subtract)
 * @param explanation value against benchmark, and the action when points were lost
 */
public record Factor(String code, String value, int points, int maxPoints, String explanation) {}
