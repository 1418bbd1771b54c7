package com.opensylo.merchant.service;

import com.opensylo.shared.error.ApiException;

/**
 * What became of one item of a bulk submission: accepted, or refused with the error a single
 * submission of it would have answered with.
 *
 * @param merchantId as the item gave it; null when the item did not say
 */
public record ItemOutcome(String merchantId, Accepted accepted, ApiException refusal) {

  static ItemOutcome accepted(String merchantId, Accepted accepted) {
    return new ItemOutcome(merchantId, accepted, null);
  }

  static ItemOutcome refused(String merchantId, ApiException refusal) {
    return new ItemOutcome(merchantId, null, refusal);
  }

  public boolean isAccepted() {
    return accepted != null;
  }
}
