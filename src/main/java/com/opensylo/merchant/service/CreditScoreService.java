package com.opensylo.merchant.service;

import com.opensylo.identity.service.MerchantConsents;
import com.opensylo.merchant.domain.IngestionErrors;
import com.opensylo.merchant.domain.MerchantDataFactory;
import com.opensylo.merchant.domain.MerchantLink;
import com.opensylo.merchant.domain.MerchantLinkRepository;
import com.opensylo.merchant.domain.Submission;
import com.opensylo.merchant.domain.SubmissionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A merchant's latest credit score, for its marketplace. A merchant this marketplace has not linked
 * (another marketplace's included) and one never scored answer alike: 404. The consent must still
 * be live and cover reading the score.
 */
@ApplicationScoped
public class CreditScoreService {

  /** The consent a marketplace needs to read a merchant's score. */
  static final String READ_SCOPE = "credit.score.read";

  @Inject PartnerTenants tenants;
  @Inject MerchantConsents consents;
  @Inject MerchantLinkRepository links;
  @Inject SubmissionRepository submissions;
  @Inject Clock clock;

  /**
   * The latest score of a merchant.
   *
   * @param opensyloMerchantId the merchant's OpenSylo account
   * @param creditScore the {@link CreditScoreDocument} as JSON, as it was answered
   * @param lastUpdated when the scored data was accepted
   * @param dataFreshnessDays whole days since then
   */
  public record LatestScore(
      String merchantId,
      UUID opensyloMerchantId,
      String creditScore,
      Instant lastUpdated,
      long dataFreshnessDays) {}

  /**
   * @throws com.opensylo.shared.error.ResourceNotFoundException 404 unknown here or never scored
   * @throws com.opensylo.shared.error.ForbiddenException 403 {@code CONSENT_REQUIRED} or {@code
   *     SCOPE_NOT_CONSENTED}
   */
  @Transactional
  public LatestScore latest(PartnerCaller caller, String merchantId) {
    if (!MerchantDataFactory.isWellFormedMerchantId(merchantId)) {
      throw IngestionErrors.noScore("with this id");
    }
    PartnerTenants.Tenant tenant = tenants.of(caller.clientId());
    UUID account = caller.merchantAccountId();
    MerchantLink link =
        links
            .findByRef(tenant.marketplaceId(), merchantId)
            // a merchant's own token reads only its own merchant
            .filter(l -> !caller.isMerchant() || l.isFor(account))
            .orElseThrow(() -> IngestionErrors.noScore(merchantId));
    Set<String> consent =
        consents
            .liveScopes(tenant.clientPk(), List.of(link.merchantAccountId()))
            .get(link.merchantAccountId());
    if (consent == null) {
      throw IngestionErrors.consentRequired(merchantId);
    }
    if (!consent.contains(READ_SCOPE)) {
      throw IngestionErrors.notConsentedToRead(READ_SCOPE);
    }
    Submission latest =
        submissions.latest(link.id()).orElseThrow(() -> IngestionErrors.noScore(merchantId));
    Instant now = Instant.now(clock);
    return new LatestScore(
        link.merchantRef(),
        link.merchantAccountId(),
        latest.scoreJson(),
        latest.receivedAt(),
        Math.max(0, Duration.between(latest.receivedAt(), now).toDays()));
  }
}
