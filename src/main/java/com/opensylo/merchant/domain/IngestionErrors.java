package com.opensylo.merchant.domain;

import com.opensylo.shared.error.ApiException;
import com.opensylo.shared.error.ConflictException;
import com.opensylo.shared.error.ErrorCode;
import com.opensylo.shared.error.ForbiddenException;
import com.opensylo.shared.error.InsufficientScopeException;
import com.opensylo.shared.error.PayloadTooLargeException;
import com.opensylo.shared.error.ResourceNotFoundException;
import com.opensylo.shared.error.RetryLaterException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The error catalogue of data ingestion: every code the feature answers with, and the one place
 * that words each refusal. The status follows from the exception type ({@link ForbiddenException}
 * 403, {@link ConflictException} 409, …), which the central mapper turns into the ApiError body;
 * bulk results carry the same code and message per item.
 */
public final class IngestionErrors {

  /** A field of the submission is missing, of the wrong type, out of range or inconsistent. */
  public static final String VALIDATION_FAILED = ErrorCode.VALIDATION_FAILED;

  /** The token lacks a block's scope. */
  public static final String INSUFFICIENT_SCOPE = InsufficientScopeException.CODE;

  /** The merchant has consented to this client, but not to a block's scope. */
  public static final String SCOPE_NOT_CONSENTED = "SCOPE_NOT_CONSENTED";

  /**
   * No live consent: the merchant is not linked to this marketplace, or revoked the grant, or it
   * died with the client's token generation.
   */
  public static final String CONSENT_REQUIRED = "CONSENT_REQUIRED";

  /** The marketplace's merchantId is already linked to another OpenSylo merchant account. */
  public static final String MERCHANT_ID_LINKED_ELSEWHERE = "MERCHANT_ID_LINKED_TO_ANOTHER_ACCOUNT";

  /** The merchant account is already linked to another merchantId of this marketplace. */
  public static final String ACCOUNT_LINKED_ELSEWHERE = "ACCOUNT_LINKED_TO_ANOTHER_MERCHANT_ID";

  /** One bulk request carries the same merchant twice with different data. */
  public static final String MERCHANT_REPEATED = "MERCHANT_REPEATED_IN_REQUEST";

  /** Bulk submission needs the marketplace's own token (client_credentials). */
  public static final String CLIENT_TOKEN_REQUIRED = "CLIENT_CREDENTIALS_REQUIRED";

  /** The client belongs to no marketplace, so there is nowhere to keep merchant data. */
  public static final String MARKETPLACE_REQUIRED = "MARKETPLACE_REQUIRED";

  /** More merchants in one bulk request than allowed. */
  public static final String BULK_TOO_LARGE = "BULK_LIMIT_EXCEEDED";

  /** Never scored, unknown here, or another marketplace's merchant: one answer for all. */
  public static final String NOT_FOUND = ErrorCode.NOT_FOUND;

  /** The scorecard could not be loaded; readiness says why. */
  public static final String SCORING_UNAVAILABLE = "SCORING_UNAVAILABLE";

  /** Concurrent writes kept colliding; the request can be sent again as it is. */
  public static final String BUSY = "INGESTION_BUSY";

  private IngestionErrors() {}

  public static InsufficientScopeException tokenLacks(
      List<String> scopes, Collection<DataBlock> blocks) {
    return new InsufficientScopeException(
        scopes,
        "The access token lacks the scope "
            + String.join(" and ", scopes)
            + " that "
            + blocksOf(scopes, blocks)
            + " needs.");
  }

  public static ForbiddenException notConsented(List<String> scopes, Collection<DataBlock> blocks) {
    return new ForbiddenException(
        SCOPE_NOT_CONSENTED,
        "The merchant has not consented to the scope "
            + String.join(" and ", scopes)
            + " that "
            + blocksOf(scopes, blocks)
            + " needs; ask the merchant to authorize it.");
  }

  public static ForbiddenException notConsentedToRead(String scope) {
    return new ForbiddenException(
        SCOPE_NOT_CONSENTED,
        "The merchant has not consented to the scope "
            + scope
            + "; ask the merchant to authorize it.");
  }

  public static ForbiddenException consentRequired(String merchantId) {
    return new ForbiddenException(
        CONSENT_REQUIRED,
        "No live consent of merchant "
            + merchantId
            + " to this marketplace: the merchant must authorize it (OAuth authorization code flow)"
            + " and submit once with that token first.");
  }

  public static ForbiddenException merchantTokenRequired() {
    return new ForbiddenException(
        CONSENT_REQUIRED, "The merchant's consent behind this token is no longer live.");
  }

  public static ConflictException merchantIdLinkedElsewhere(String merchantId) {
    return new ConflictException(
        MERCHANT_ID_LINKED_ELSEWHERE,
        "merchantId "
            + merchantId
            + " is already linked to another OpenSylo merchant account in this marketplace.");
  }

  public static ConflictException accountLinkedElsewhere(String linkedMerchantId) {
    return new ConflictException(
        ACCOUNT_LINKED_ELSEWHERE,
        "This merchant account is already linked to merchantId "
            + linkedMerchantId
            + " in this marketplace; one account is one merchant per marketplace.");
  }

  public static ConflictException repeatedInRequest(String merchantId, int firstIndex) {
    return new ConflictException(
        MERCHANT_REPEATED,
        "merchantId "
            + merchantId
            + " already appears at merchants["
            + firstIndex
            + "] with different data; send one submission per merchant and request.");
  }

  public static ForbiddenException clientTokenRequired() {
    return new ForbiddenException(
        CLIENT_TOKEN_REQUIRED,
        "Bulk submission needs the marketplace's own access token (client_credentials grant), not a"
            + " merchant's.");
  }

  public static ForbiddenException marketplaceRequired() {
    return new ForbiddenException(
        MARKETPLACE_REQUIRED,
        "This client belongs to no marketplace; only a marketplace's client can share merchant data.");
  }

  public static PayloadTooLargeException bulkTooLarge(int count, int limit) {
    return new PayloadTooLargeException(
        BULK_TOO_LARGE,
        count
            + " merchants in one request; at most "
            + limit
            + " are accepted. Split the request; nothing of this one was stored.");
  }

  public static ResourceNotFoundException noScore(String merchantId) {
    return new ResourceNotFoundException(
        NOT_FOUND, "No credit score for merchant " + merchantId + " in this marketplace.");
  }

  public static ApiException scoringUnavailable() {
    return new RetryLaterException(
        503,
        SCORING_UNAVAILABLE,
        "Scoring is unavailable: the scorecard could not be loaded (see readiness).",
        Duration.ofSeconds(60));
  }

  public static ApiException busy() {
    return new RetryLaterException(
        503,
        BUSY,
        "Concurrent submissions for the same merchants kept colliding; send the request again.",
        Duration.ofSeconds(1));
  }

  private static String blocksOf(List<String> scopes, Collection<DataBlock> blocks) {
    List<String> names =
        scopes.stream().flatMap(scope -> DataBlock.needing(scope, blocks).stream()).toList();
    return String.join(", ", names);
  }
}
