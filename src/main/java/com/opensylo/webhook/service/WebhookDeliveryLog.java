package com.opensylo.webhook.service;

import com.opensylo.webhook.domain.WebhookDelivery;
import com.opensylo.webhook.domain.WebhookDeliveryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** A marketplace's outbound delivery log, as its dashboard shows it (SPEC §3, §9). */
@ApplicationScoped
public class WebhookDeliveryLog {

  @Inject WebhookDeliveryRepository deliveries;

  /** The newest {@code limit} deliveries of the marketplace, newest first. */
  @Transactional
  public List<WebhookDelivery> recent(UUID marketplaceId, int limit) {
    return deliveries.newest(marketplaceId, limit);
  }
}
