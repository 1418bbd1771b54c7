package com.opensylo.marketplace.domain;

/**
 * Whether a marketplace may use the platform: a SUSPENDED one can neither sign in nor get tokens.
 */
public enum MarketplaceStatus {
  ACTIVE,
  SUSPENDED
}
