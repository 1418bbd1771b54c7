package com.opensylo.merchant.service;

import com.opensylo.identity.service.MerchantConsents;
import com.opensylo.merchant.domain.DataBlock;
import com.opensylo.merchant.domain.IngestionErrors;
import com.opensylo.merchant.domain.MerchantData;
import com.opensylo.merchant.domain.MerchantLink;
import com.opensylo.merchant.domain.MerchantLinkRepository;
import com.opensylo.merchant.domain.Submission;
import com.opensylo.merchant.domain.SubmissionRepository;
import com.opensylo.scoring.CreditModel;
import com.opensylo.scoring.CreditScore;
import com.opensylo.shared.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The unit of work of ingestion, one transaction per call: resolve the merchants' links and live
 * consents, refuse what the consent does not cover, answer a resend with the stored original, and
 * score and store the rest in one batch. A few queries for any number of merchants. A collision
 * with a concurrent request surfaces as {@link
 * com.opensylo.merchant.domain.ConcurrentWriteException} after the rollback, for the caller to run
 * the unit again.
 */
@ApplicationScoped
public class SubmissionRecorder {

  @Inject PartnerTenants tenants;
  @Inject MerchantConsents consents;
  @Inject MerchantLinkRepository links;
  @Inject SubmissionRepository submissions;
  @Inject ScoreSimulation simulation;

  /** A validated bulk item and its place in the request. */
  public record Candidate(int index, MerchantData data) {}

  /**
   * One submission. A merchant's own token binds its subject to the {@code merchantId} on first use
   * (409 when either side is already linked otherwise); the client's token needs a link made that
   * way. Either way the merchant's consent must be live and cover every block.
   */
  @Transactional
  public Accepted recordOne(
      PartnerCaller caller, MerchantData data, CreditModel model, Instant now) {
    PartnerTenants.Tenant tenant = tenants.of(caller.clientId());
    MerchantLink link;
    if (caller.isMerchant()) {
      UUID account = caller.merchantAccountId();
      Set<String> consent =
          account == null
              ? null
              : consents.liveScopes(tenant.clientPk(), List.of(account)).get(account);
      if (consent == null) {
        throw IngestionErrors.merchantTokenRequired();
      }
      requireConsented(consent, data);
      link = bind(tenant, data.merchantId(), account, now);
    } else {
      link =
          links
              .findByRef(tenant.marketplaceId(), data.merchantId())
              .orElseThrow(() -> IngestionErrors.consentRequired(data.merchantId()));
      Set<String> consent =
          consents
              .liveScopes(tenant.clientPk(), List.of(link.merchantAccountId()))
              .get(link.merchantAccountId());
      if (consent == null) {
        throw IngestionErrors.consentRequired(data.merchantId());
      }
      requireConsented(consent, data);
    }
    for (Submission stored : submissions.findByPayloadHashes(List.of(data.payloadHash()))) {
      if (stored.linkId().equals(link.id())) {
        return replay(stored);
      }
    }
    Scored scored = score(model, data, link, tenant, now);
    submissions.addAll(List.of(scored.submission()));
    return scored.accepted();
  }

  /**
   * Bulk items of the client's own token, each authorised on its own against the links and live
   * consents of this marketplace; what is refused is reported, the rest is stored. A merchant
   * repeated in the request with the same data gets the same answer; with other data, a refusal.
   */
  @Transactional
  public Map<Integer, ItemOutcome> recordMany(
      PartnerCaller caller, List<Candidate> candidates, CreditModel model, Instant now) {
    PartnerTenants.Tenant tenant = tenants.of(caller.clientId());
    Map<String, MerchantLink> linked =
        links.findByRefs(
            tenant.marketplaceId(),
            candidates.stream().map(c -> c.data().merchantId()).distinct().toList());
    Map<UUID, Set<String>> consented =
        consents.liveScopes(
            tenant.clientPk(),
            linked.values().stream().map(MerchantLink::merchantAccountId).toList());
    Map<Integer, ItemOutcome> outcomes = new HashMap<>();
    List<Candidate> authorised = new ArrayList<>();
    for (Candidate c : candidates) {
      MerchantLink link = linked.get(c.data().merchantId());
      Set<String> consent = link == null ? null : consented.get(link.merchantAccountId());
      try {
        if (consent == null) {
          throw IngestionErrors.consentRequired(c.data().merchantId());
        }
        requireConsented(consent, c.data());
        authorised.add(c);
      } catch (ApiException refused) {
        outcomes.put(c.index(), ItemOutcome.refused(c.data().merchantId(), refused));
      }
    }
    Map<String, Submission> stored = new HashMap<>();
    submissions
        .findByPayloadHashes(
            authorised.stream().map(c -> c.data().payloadHash()).distinct().toList())
        .forEach(s -> stored.put(s.linkId() + "/" + s.payloadHash(), s));
    Map<UUID, Candidate> firstOfLink = new LinkedHashMap<>();
    Map<Integer, Accepted> answered = new HashMap<>();
    List<Submission> fresh = new ArrayList<>();
    for (Candidate c : authorised) {
      MerchantLink link = linked.get(c.data().merchantId());
      Candidate first = firstOfLink.putIfAbsent(link.id(), c);
      Accepted accepted;
      if (first != null && !first.data().payloadHash().equals(c.data().payloadHash())) {
        outcomes.put(
            c.index(),
            ItemOutcome.refused(
                c.data().merchantId(),
                IngestionErrors.repeatedInRequest(c.data().merchantId(), first.index())));
        continue;
      } else if (first != null) {
        accepted = answered.get(first.index());
      } else if (stored.containsKey(link.id() + "/" + c.data().payloadHash())) {
        accepted = replay(stored.get(link.id() + "/" + c.data().payloadHash()));
      } else {
        Scored scored = score(model, c.data(), link, tenant, now);
        fresh.add(scored.submission());
        accepted = scored.accepted();
      }
      answered.put(c.index(), accepted);
      outcomes.put(c.index(), ItemOutcome.accepted(c.data().merchantId(), accepted));
    }
    submissions.addAll(fresh);
    return outcomes;
  }

  private MerchantLink bind(
      PartnerTenants.Tenant tenant, String merchantId, UUID account, Instant now) {
    MerchantLink byRef = links.findByRef(tenant.marketplaceId(), merchantId).orElse(null);
    if (byRef != null) {
      if (!byRef.isFor(account)) {
        throw IngestionErrors.merchantIdLinkedElsewhere(merchantId);
      }
      return byRef;
    }
    java.util.Optional<MerchantLink> byAccount =
        links.findByAccount(tenant.marketplaceId(), account);
    if (byAccount.isPresent()) {
      if (byAccount.get().merchantRef().equals(merchantId)) {
        // a concurrent first submission of the same binding committed between the two lookups
        return byAccount.get();
      }
      throw IngestionErrors.accountLinkedElsewhere(byAccount.get().merchantRef());
    }
    MerchantLink link = new MerchantLink(tenant.marketplaceId(), merchantId, account, now);
    links.add(link);
    return link;
  }

  private static void requireConsented(Set<String> consent, MerchantData data) {
    List<String> missing = DataBlock.missingScopes(data.blocks(), consent);
    if (!missing.isEmpty()) {
      throw IngestionErrors.notConsented(missing, data.blocks());
    }
  }

  record Scored(Submission submission, Accepted accepted) {}

  private Scored score(
      CreditModel model,
      MerchantData data,
      MerchantLink link,
      PartnerTenants.Tenant tenant,
      Instant now) {
    MerchantData scored =
        simulation
            .standIn(
                link.marketplaceId(),
                link.merchantAccountId(),
                now.atOffset(java.time.ZoneOffset.UTC).toLocalDate())
            .orElse(data);
    return scored(model, data, scored, link, tenant.currency(), now);
  }

  /**
   * {@code data} stored for {@code link} with the score of {@code scored} (the same data, or a
   * simulated stand-in).
   */
  static Scored scored(
      CreditModel model,
      MerchantData data,
      MerchantData scored,
      MerchantLink link,
      java.util.Currency currency,
      Instant now) {
    CreditScore score = model.score(scored.profile(currency, now));
    CreditScoreDocument document = CreditScoreDocument.of(score);
    String json = document.toJson();
    Submission submission =
        new Submission(
            link,
            new Submission.Scored(
                data.payloadHash(),
                data.payload(),
                json,
                score.totalScore(),
                score.riskTier().name(),
                document.maxLendingAmount(),
                document.currency(),
                score.modelVersion()),
            now);
    return new Scored(submission, new Accepted(submission.id(), json, false));
  }

  private static Accepted replay(Submission stored) {
    return new Accepted(stored.id(), stored.scoreJson(), true);
  }
}
