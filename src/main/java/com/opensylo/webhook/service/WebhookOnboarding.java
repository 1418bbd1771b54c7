package com.opensylo.webhook.service;

import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.service.MarketplaceEvents;
import com.opensylo.webhook.domain.WebhookEndpoint;
import com.opensylo.webhook.domain.WebhookEndpointRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The webhook side of the marketplace feature's announcements ({@link MarketplaceEvents}): every
 * new marketplace gets its endpoint (enabled, no URL yet) and first HMAC secret, in the onboarding
 * transaction.
 */
@ApplicationScoped
public class WebhookOnboarding implements MarketplaceEvents {

  @Inject WebhookEndpointRepository endpoints;
  @Inject WebhookSecrets secrets;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public String onboarded(Marketplace marketplace) {
    WebhookSecrets.Issued secret = secrets.issue();
    endpoints.add(
        new WebhookEndpoint(marketplace.id(), secret.encrypted(), marketplace.createdAt()));
    return secret.plain();
  }
}
