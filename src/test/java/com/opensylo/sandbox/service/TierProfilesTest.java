package com.opensylo.sandbox.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.merchant.domain.MerchantDataFactory;
import com.opensylo.sandbox.domain.SandboxWorld;
import com.opensylo.sandbox.domain.TestMerchant;
import com.opensylo.scoring.CreditModel;
import com.opensylo.scoring.CreditScore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published tier profiles score exactly what {@code /sandbox/test-merchants} promises (85, 72,
 * 55, 40, 20 and tiers A–E), with a breakdown that adds up, today and for years ahead (the daily
 * reset re-scores them), and the seeded loans fit their caps.
 */
class TierProfilesTest {

  private static final CreditModel MODEL = CreditModel.current();

  @ParameterizedTest
  @ValueSource(strings = {"2026-12-01", "2027-06-15", "2029-01-01", "2031-12-31"})
  void eachTierProfileScoresItsPublishedScore(String day) {
    Instant at = LocalDate.parse(day).atTime(2, 0).toInstant(ZoneOffset.UTC);
    for (TestMerchant m : SandboxWorld.MERCHANTS) {
      CreditScore score = score(m, at);
      assertThat(score.totalScore()).as(m.email() + " on " + day).isEqualTo(m.creditScore());
      assertThat(score.riskTier().name()).as(m.email()).isEqualTo(m.tier());
      assertThat(
              Math.max(
                  0,
                  score.breakdown().componentTotal() - score.breakdown().behavioralRiskPenalty()))
          .as("breakdown of " + m.email())
          .isEqualTo(m.creditScore());
      if (m.loan() != null) {
        assertThat(m.loan().principal()).isLessThanOrEqualTo(score.maxLendingAmount());
      }
      assertThat(score.eligible()).isEqualTo(!"E".equals(m.tier()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "B", "C", "D", "E"})
  void tiersAreDistinctAndTheEmailsArePublished(String tier) {
    TestMerchant m =
        SandboxWorld.MERCHANTS.stream()
            .filter(x -> x.tier().equals(tier))
            .findFirst()
            .orElseThrow();
    assertThat(m.email()).isEqualTo("tier-" + tier.toLowerCase() + "@sandbox.opensylo.com");
    assertThat(m.password()).isEqualTo("SandboxTier" + tier + "123!");
    assertThat(m.merchantId()).isEqualTo("sandbox-tier-" + tier.toLowerCase());
    assertThat(m.loan() != null).isEqualTo(tier.equals("A") || tier.equals("B"));
    // a percent of each sale, as Loan reads it: 10.00 is 10 %, 0.10 would be a tenth of one
    assertThat(m.loan() == null || m.loan().deductionRate().compareTo(BigDecimal.ONE) > 0).isTrue();
  }

  private static CreditScore score(TestMerchant m, Instant at) {
    return MODEL.score(
        new MerchantDataFactory(at.atOffset(ZoneOffset.UTC).toLocalDate())
            .create(TierProfiles.of(m))
            .profile(Currency.getInstance(SandboxWorld.CURRENCY), at));
  }
}
