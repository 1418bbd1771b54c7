package com.opensylo.webhook.domain;

import java.util.Optional;
import java.util.UUID;

/** Storage of marketplaces' webhook endpoints. */
public interface WebhookEndpointRepository {

  void add(WebhookEndpoint endpoint);

  Optional<WebhookEndpoint> findByMarketplace(UUID marketplaceId);

  /** An ACTIVE marketplace's endpoint with the marketplace's platform name; one query. */
  record ActiveEndpoint(WebhookEndpoint endpoint, String platformName) {}

  /** The endpoint of the marketplace if it exists and is ACTIVE (inbound signature checks). */
  Optional<ActiveEndpoint> findOfActiveMarketplace(UUID marketplaceId);

  /** The endpoint, its row locked until the transaction ends (settings and secret changes). */
  Optional<WebhookEndpoint> findByMarketplaceForUpdate(UUID marketplaceId);
}
