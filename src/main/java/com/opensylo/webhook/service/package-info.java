/**
 * Webhook services: a marketplace's endpoint settings and secret rotation ({@link
 * com.opensylo.webhook.service.WebhookEndpointService}), the endpoint every new marketplace gets
 * ({@link com.opensylo.webhook.service.WebhookOnboarding}, the marketplace feature's events), where
 * webhooks may be sent ({@link com.opensylo.webhook.service.WebhookTargetPolicy}), the outbound
 * delivery worker ({@link com.opensylo.webhook.service.WebhookDispatcher}, {@link
 * com.opensylo.webhook.service.DeliveryClaims}, {@link com.opensylo.webhook.service.WebhookSender})
 * and the delivery log.
 */
package com.opensylo.webhook.service;
