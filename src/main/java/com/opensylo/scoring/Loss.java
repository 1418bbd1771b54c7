package com.opensylo.scoring;

import java.util.Comparator;

/**
 * Points a merchant lost somewhere, worded as its catalogue reason. {@code catalogueOrder} breaks
 * ties between equal losses, so the ranking never depends on anything but the scorecard.
 */
record Loss(String code, int points, String text, int catalogueOrder) {

  /** Largest loss first; equal losses in catalogue order (risk flags before components). */
  static final Comparator<Loss> RANKING =
      Comparator.comparingInt(Loss::points).reversed().thenComparingInt(Loss::catalogueOrder);
}
