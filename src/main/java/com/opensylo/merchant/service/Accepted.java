package com.opensylo.merchant.service;

import java.util.UUID;

/**
 * A submission the platform has stored and scored.
 *
 * @param transactionId the stored submission; for a resend of data already stored, the original's
 * @param creditScore the {@link CreditScoreDocument} as JSON, exactly as stored
 * @param replay true when nothing new was stored because the same data had been accepted before
 */
public record Accepted(UUID transactionId, String creditScore, boolean replay) {}
