package com.opensylo.marketplace.service;

import com.opensylo.marketplace.domain.Marketplace;

/**
 * What the marketplace feature announces to the features that keep something per marketplace
 * (events as a port: the marketplace feature owns this interface and knows none of its
 * implementations; today webhook implements it). Each announcement runs inside the transaction of
 * the change it announces, so a listener that fails rolls the change back.
 */
public interface MarketplaceEvents {

  /**
   * {@code marketplace} was just onboarded (it is stored; its owner and client are being created in
   * the same transaction).
   *
   * @return the marketplace's webhook HMAC secret in plain text, which exists only here: onboarding
   *     shows it once with the other credentials (SPEC §5)
   */
  String onboarded(Marketplace marketplace);
}
