/**
 * The scorecard as data: the vocabulary the model speaks (components, metrics, risk flags, tiers)
 * and the versioned file that gives them weights, bins, benchmarks and reason texts. A {@link
 * com.opensylo.scoring.scorecard.Scorecard} can only be built valid, so a bad file fails at load
 * time with a message naming the problem, never later while scoring.
 */
package com.opensylo.scoring.scorecard;
