package com.opensylo.merchant.service;

import com.opensylo.merchant.domain.ConcurrentWriteException;
import com.opensylo.merchant.domain.DataBlock;
import com.opensylo.merchant.domain.IngestionErrors;
import com.opensylo.merchant.domain.MerchantData;
import com.opensylo.merchant.domain.MerchantDataFactory;
import com.opensylo.scoring.CreditModel;
import com.opensylo.shared.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Merchant data ingestion (SPEC §6): validates each submission, checks the token's scopes for its
 * blocks, and hands what passes to {@link SubmissionRecorder} (consent, binding, idempotency,
 * scoring, storage). Validation and the token check need no database, so a refused submission costs
 * no transaction and stores nothing. A transaction that collided with a concurrent one is run
 * again, and then answers with what the other stored.
 */
@ApplicationScoped
public class IngestionService {

  /** Runs of the unit of work before a collision becomes 503 {@code INGESTION_BUSY}. */
  static final int ATTEMPTS = 4;

  @Inject SubmissionRecorder recorder;
  @Inject ScoringModel scoring;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "opensylo.ingestion.bulk-limit")
  int bulkLimit;

  /** What a bulk submission came to, item by item in request order. */
  public record BulkOutcome(List<ItemOutcome> items) {

    public long processed() {
      return items.stream().filter(ItemOutcome::isAccepted).count();
    }
  }

  /**
   * One merchant's data.
   *
   * @throws com.opensylo.merchant.domain.InvalidMerchantDataException 400 naming every bad field
   * @throws com.opensylo.shared.error.InsufficientScopeException 403 when the token lacks a block's
   *     scope
   * @throws com.opensylo.shared.error.ForbiddenException 403 {@code CONSENT_REQUIRED} or {@code
   *     SCOPE_NOT_CONSENTED}
   * @throws com.opensylo.shared.error.ConflictException 409 when the merchant's token and the
   *     {@code merchantId} are linked otherwise
   */
  public Accepted submit(PartnerCaller caller, JsonValue body) {
    CreditModel model = scoring.model();
    Instant now = Instant.now(clock);
    MerchantData data = factory(now).create(body);
    requireTokenScopes(caller, data);
    return withRetries(() -> recorder.recordOne(caller, data, model, now));
  }

  /**
   * Up to {@code opensylo.ingestion.bulk-limit} merchants with the client's own token; each item
   * validated, authorised, stored and scored on its own, so a bad item never loses the good ones.
   *
   * @throws com.opensylo.shared.error.PayloadTooLargeException 413 beyond the limit (nothing
   *     stored)
   * @throws com.opensylo.shared.error.ForbiddenException 403 for a merchant's delegated token
   */
  public BulkOutcome submitBulk(PartnerCaller caller, JsonValue body) {
    if (caller.isMerchant()) {
      throw IngestionErrors.clientTokenRequired();
    }
    CreditModel model = scoring.model();
    Instant now = Instant.now(clock);
    MerchantDataFactory factory = factory(now);
    List<JsonValue> items = MerchantDataFactory.bulkItems(body, bulkLimit);
    ItemOutcome[] outcomes = new ItemOutcome[items.size()];
    List<SubmissionRecorder.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      try {
        MerchantData data = factory.create(items.get(i));
        requireTokenScopes(caller, data);
        candidates.add(new SubmissionRecorder.Candidate(i, data));
      } catch (ApiException refused) {
        outcomes[i] = ItemOutcome.refused(MerchantDataFactory.merchantIdOf(items.get(i)), refused);
      }
    }
    if (!candidates.isEmpty()) {
      Map<Integer, ItemOutcome> recorded =
          withRetries(() -> recorder.recordMany(caller, candidates, model, now));
      recorded.forEach((index, outcome) -> outcomes[index] = outcome);
    }
    return new BulkOutcome(List.of(outcomes));
  }

  private static void requireTokenScopes(PartnerCaller caller, MerchantData data) {
    List<String> missing = DataBlock.missingScopes(data.blocks(), caller.tokenScopes());
    if (!missing.isEmpty()) {
      throw IngestionErrors.tokenLacks(missing, data.blocks());
    }
  }

  private static MerchantDataFactory factory(Instant now) {
    return new MerchantDataFactory(LocalDate.ofInstant(now, ZoneOffset.UTC));
  }

  private static <T> T withRetries(Supplier<T> unitOfWork) {
    for (int attempt = 1; ; attempt++) {
      try {
        return unitOfWork.get();
      } catch (ConcurrentWriteException collided) {
        if (attempt == ATTEMPTS) {
          throw IngestionErrors.busy();
        }
      }
    }
  }
}
