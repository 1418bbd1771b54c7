package com.opensylo.merchant.service;

import com.opensylo.merchant.domain.MerchantLink;
import com.opensylo.merchant.domain.MerchantLinkRepository;
import com.opensylo.merchant.domain.SubmissionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What lending needs to know about a marketplace's merchant: its link and its latest rating. The
 * loan feature reads merchants only through here.
 */
@ApplicationScoped
public class LendingFacts {

  @Inject MerchantLinkRepository links;
  @Inject SubmissionRepository submissions;

  /** A merchant as its marketplace links it. */
  public record LinkedMerchant(
      UUID linkId, UUID marketplaceId, String merchantRef, UUID merchantAccountId) {}

  /** The latest score's verdict: tier, lending cap and the currency of the cap. */
  public record Rating(
      int score, String tier, BigDecimal lendingCap, String currency, Instant scoredAt) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<LinkedMerchant> linked(UUID marketplaceId, String merchantRef) {
    if (merchantRef == null) {
      return Optional.empty();
    }
    return links.findByRef(marketplaceId, merchantRef).map(LendingFacts::of);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Rating> latestRating(UUID linkId) {
    return submissions
        .latest(linkId)
        .map(
            s ->
                new Rating(
                    s.totalScore(),
                    s.riskTier(),
                    s.maxLendingAmount(),
                    s.currency(),
                    s.receivedAt()));
  }

  private static LinkedMerchant of(MerchantLink link) {
    return new LinkedMerchant(
        link.id(), link.marketplaceId(), link.merchantRef(), link.merchantAccountId());
  }
}
