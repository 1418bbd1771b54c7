package com.opensylo.webhook.domain;

import java.util.Optional;
import java.util.UUID;

/** Storage of marketplaces' webhook endpoints. */
public interface WebhookEndpointRepository {

  void add(WebhookEndpoint endpoint);

  Optional<WebhookEndpoint> findByMarketplace(UUID marketplaceId);

  /** The endpoint, its row locked until the transaction ends (settings and secret changes). */
  Optional<WebhookEndpoint> findByMarketplaceForUpdate(UUID marketplaceId);
}
