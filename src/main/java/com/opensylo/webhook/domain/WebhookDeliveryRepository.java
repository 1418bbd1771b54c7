package com.opensylo.webhook.domain;

import java.util.List;
import java.util.UUID;

/** Storage of outbound webhook deliveries. */
public interface WebhookDeliveryRepository {

  void add(WebhookDelivery delivery);

  /** The newest {@code limit} deliveries of one marketplace, newest first. */
  List<WebhookDelivery> newest(UUID marketplaceId, int limit);
}
