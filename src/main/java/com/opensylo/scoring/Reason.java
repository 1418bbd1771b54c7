package com.opensylo.scoring;

/**
 * A reason from the versioned catalogue: "value vs benchmark: action".
 *
 * @param pointsLost what it cost: points short of the metric's maximum, the weight of a component
 *     not shared, or the penalty of a risk flag
 */
public record Reason(String code, int pointsLost, String text) {}
