package com.opensylo.merchant.api;

import com.opensylo.merchant.service.Accepted;
import com.opensylo.merchant.service.CreditScoreDocument;
import com.opensylo.merchant.service.CreditScoreService;
import com.opensylo.merchant.service.IngestionService;
import com.opensylo.merchant.service.ItemOutcome;
import com.opensylo.merchant.service.JsonText;
import com.opensylo.shared.error.ApiError;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The response bodies of the data ingestion endpoints (SPEC §6), their mappers and their JSON. The
 * {@code creditScore} of each is the stored score's JSON, embedded as it is (see {@link JsonText}
 * for why these bodies are not written by JSON-B); the document describes it as {@link
 * CreditScoreDocument}.
 */
public final class IngestionResponses {

  public static final String PROCESSED = "Merchant data processed successfully";

  private IngestionResponses() {}

  /** SPEC §6 single submission. */
  @Schema(name = "MerchantDataResponse")
  public record MerchantDataResponse(
      boolean success,
      String message,
      @Schema(description = "The stored submission; a resend of the same data gets the original's")
          UUID transactionId,
      @Schema(implementation = CreditScoreDocument.class) String creditScore) {

    static MerchantDataResponse of(Accepted accepted) {
      return new MerchantDataResponse(
          true, PROCESSED, accepted.transactionId(), accepted.creditScore());
    }

    String toJson() {
      return new JsonText(new StringBuilder(creditScore.length() + 160))
          .object(null)
          .bool("success", success)
          .string("message", message)
          .string("transactionId", transactionId.toString())
          .raw("creditScore", creditScore)
          .end()
          .toString();
    }
  }

  /** SPEC §6 bulk submission: one result per item, in request order. */
  @Schema(name = "BulkMerchantDataResponse")
  public record BulkMerchantDataResponse(
      boolean success, int total, long processed, long failed, List<BulkItemResult> results) {

    static BulkMerchantDataResponse of(IngestionService.BulkOutcome outcome) {
      int total = outcome.items().size();
      long processed = outcome.processed();
      return new BulkMerchantDataResponse(
          true,
          total,
          processed,
          total - processed,
          outcome.items().stream().map(BulkItemResult::of).toList());
    }

    String toJson() {
      int size = 64;
      for (BulkItemResult result : results) {
        size += 160 + (result.creditScore() == null ? 200 : result.creditScore().length());
      }
      JsonText json =
          new JsonText(new StringBuilder(size))
              .object(null)
              .bool("success", success)
              .number("total", total)
              .number("processed", processed)
              .number("failed", failed)
              .array("results");
      for (BulkItemResult result : results) {
        result.write(json);
      }
      return json.endArray().end().toString();
    }
  }

  /** One bulk item's result: a transaction and score, or the error a single submission gets. */
  @Schema(name = "BulkItemResult")
  public record BulkItemResult(
      @Schema(description = "null when the item did not carry a readable merchantId")
          String merchantId,
      boolean success,
      UUID transactionId,
      @Schema(implementation = CreditScoreDocument.class) String creditScore,
      ItemError error) {

    static BulkItemResult of(ItemOutcome outcome) {
      if (outcome.isAccepted()) {
        return new BulkItemResult(
            outcome.merchantId(),
            true,
            outcome.accepted().transactionId(),
            outcome.accepted().creditScore(),
            null);
      }
      return new BulkItemResult(
          outcome.merchantId(),
          false,
          null,
          null,
          new ItemError(
              outcome.refusal().code(),
              outcome.refusal().getMessage(),
              outcome.refusal().details()));
    }

    void write(JsonText json) {
      json.object(null).nullableString("merchantId", merchantId).bool("success", success);
      if (transactionId != null) {
        json.string("transactionId", transactionId.toString());
      }
      json.raw("creditScore", creditScore);
      if (error != null) {
        json.object("error").string("code", error.code()).string("message", error.message());
        if (error.details() != null) {
          json.array("details");
          for (ApiError.FieldError detail : error.details()) {
            json.object(null)
                .string("field", detail.field())
                .string("message", detail.message())
                .end();
          }
          json.endArray();
        }
        json.end();
      }
      json.end();
    }
  }

  /** Why one item was refused; {@code details} name the item's bad fields by JSON path. */
  @Schema(name = "BulkItemError")
  public record ItemError(String code, String message, List<ApiError.FieldError> details) {}

  /** SPEC §6 latest credit score. */
  @Schema(name = "CreditScoreResponse")
  public record CreditScoreResponse(
      boolean success,
      String merchantId,
      @Schema(description = "The merchant's OpenSylo account") UUID opensyloMerchantId,
      @Schema(implementation = CreditScoreDocument.class) String creditScore,
      Instant lastUpdated,
      @Schema(description = "Whole days since the scored data was accepted")
          long dataFreshnessDays) {

    static CreditScoreResponse of(CreditScoreService.LatestScore latest) {
      return new CreditScoreResponse(
          true,
          latest.merchantId(),
          latest.opensyloMerchantId(),
          latest.creditScore(),
          latest.lastUpdated(),
          latest.dataFreshnessDays());
    }

    String toJson() {
      return new JsonText(new StringBuilder(creditScore.length() + 240))
          .object(null)
          .bool("success", success)
          .string("merchantId", merchantId)
          .string("opensyloMerchantId", opensyloMerchantId.toString())
          .raw("creditScore", creditScore)
          .instant("lastUpdated", lastUpdated)
          .number("dataFreshnessDays", dataFreshnessDays)
          .end()
          .toString();
    }
  }
}
