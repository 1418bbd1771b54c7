/**
 * The credit-scoring model of SPEC §6: {@link com.opensylo.scoring.CreditModel} turns a {@link
 * com.opensylo.scoring.profile.MerchantProfile} into a {@link com.opensylo.scoring.CreditScore}
 * under a versioned {@link com.opensylo.scoring.scorecard.Scorecard}. Pure Java: no container, no
 * persistence, no clock and no other feature, so it is deterministic and tested on its own.
 */
package com.opensylo.scoring;
