package com.opensylo.merchant.service;

import com.opensylo.merchant.domain.MerchantData;
import com.opensylo.merchant.domain.MerchantDataFactory;
import com.opensylo.merchant.domain.MerchantLink;
import com.opensylo.merchant.domain.MerchantLinkRepository;
import com.opensylo.merchant.domain.SubmissionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Merchant data written by the platform rather than submitted by a marketplace (the sandbox seed of
 * SPEC §10): a link and a first scored submission, through the same validation and model as the
 * API; and the removal of everything a marketplace's merchants left behind (the sandbox reset).
 * Inside the caller's transaction.
 */
@ApplicationScoped
public class SeededMerchantData {

  @Inject MerchantLinkRepository links;
  @Inject SubmissionRepository submissions;
  @Inject ScoringModel scoring;
  @Inject ScoreSimulation simulation;

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  /** Whether the marketplace has a link under {@code merchantRef}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<MerchantLink> link(UUID marketplaceId, String merchantRef) {
    return links.findByRef(marketplaceId, merchantRef);
  }

  /**
   * Links the account under {@code merchantRef} and stores {@code payload} (a SPEC §6 submission
   * body, validated as the API does) with its score; the transaction id.
   *
   * @throws com.opensylo.shared.error.ApiException when the payload is invalid
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID submit(
      UUID marketplaceId,
      Currency currency,
      String merchantRef,
      UUID merchantAccountId,
      JsonValue payload,
      Instant now) {
    MerchantData data =
        new MerchantDataFactory(now.atOffset(ZoneOffset.UTC).toLocalDate()).create(payload);
    MerchantLink link = new MerchantLink(marketplaceId, merchantRef, merchantAccountId, now);
    links.add(link);
    MerchantData scored =
        simulation
            .standIn(marketplaceId, merchantAccountId, now.atOffset(ZoneOffset.UTC).toLocalDate())
            .orElse(data);
    SubmissionRecorder.Scored result =
        SubmissionRecorder.scored(scoring.model(), data, scored, link, currency, now);
    submissions.addAll(List.of(result.submission()));
    return result.accepted().transactionId();
  }

  /** Removes every submission and link of the marketplace; how many rows. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int erase(UUID marketplaceId) {
    com.opensylo.shared.persistence.SandboxOnly.require(em, marketplaceId);
    String id = marketplaceId.toString();
    int removed =
        em.createNativeQuery("DELETE FROM merchant_submission WHERE marketplace_id = ?1")
            .setParameter(1, id)
            .executeUpdate();
    return removed
        + em.createNativeQuery("DELETE FROM merchant_link WHERE marketplace_id = ?1")
            .setParameter(1, id)
            .executeUpdate();
  }
}
