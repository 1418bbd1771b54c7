package com.opensylo.sandbox.service;

import com.opensylo.merchant.domain.MerchantDataFactory;
import com.opensylo.merchant.service.ScoringModel;
import com.opensylo.sandbox.domain.SandboxWorld;
import com.opensylo.sandbox.domain.TestMerchant;
import com.opensylo.scoring.CreditScore;
import com.opensylo.shared.error.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

/**
 * What the sandbox publishes about itself (SPEC §10): its test credentials and test merchants, each
 * merchant with the score, tier and cap the model gives its tier profile today. 403 {@code
 * SANDBOX_DISABLED} when the sandbox is off.
 */
@ApplicationScoped
public class SandboxCatalogue {

  @Inject SandboxSettings settings;
  @Inject ScoringModel scoring;
  @Inject Clock clock;

  /** A test merchant as published, with its simulated score. */
  public record PublishedMerchant(
      TestMerchant merchant, int creditScore, String tier, BigDecimal lendingCap) {}

  /** 403 unless the sandbox is on. */
  public void requireEnabled() {
    if (!settings.enabled()) {
      throw new ForbiddenException("SANDBOX_DISABLED", "The sandbox is disabled on this platform.");
    }
  }

  public List<PublishedMerchant> merchants() {
    requireEnabled();
    Instant now = Instant.now(clock);
    MerchantDataFactory factory =
        new MerchantDataFactory(now.atOffset(ZoneOffset.UTC).toLocalDate());
    Currency currency = Currency.getInstance(SandboxWorld.CURRENCY);
    return SandboxWorld.MERCHANTS.stream()
        .map(
            m -> {
              CreditScore score =
                  scoring.model().score(factory.create(TierProfiles.of(m)).profile(currency, now));
              return new PublishedMerchant(
                  m, score.totalScore(), score.riskTier().name(), score.maxLendingAmount());
            })
        .toList();
  }
}
