package com.opensylo.webhook.domain;

import java.util.Optional;
import java.util.UUID;

/** Storage of marketplaces' webhook endpoints. */
public interface WebhookEndpointRepository {

  void add(WebhookEndpoint endpoint);

  Optional<WebhookEndpoint> findByMarketplace(UUID marketplaceId);

  /**
   * What verifying an ACTIVE marketplace's inbound webhook needs: its sealed webhook secret and its
   * platform name. Read as plain values in one query, not as a managed endpoint: nothing of it is
   * changed.
   */
  record ActiveEndpoint(UUID marketplaceId, String sealedSecret, String platformName) {

    /** Without the sealed secret: a logged endpoint must not carry it, even encrypted. */
    @Override
    public String toString() {
      return "ActiveEndpoint[marketplaceId="
          + marketplaceId
          + ", platformName="
          + platformName
          + "]";
    }
  }

  /** The endpoint of the marketplace if it exists and is ACTIVE (inbound signature checks). */
  Optional<ActiveEndpoint> findOfActiveMarketplace(UUID marketplaceId);

  /** The endpoint, its row locked until the transaction ends (settings and secret changes). */
  Optional<WebhookEndpoint> findByMarketplaceForUpdate(UUID marketplaceId);
}
