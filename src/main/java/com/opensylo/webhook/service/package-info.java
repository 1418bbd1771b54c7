/**
 * Webhook services: a marketplace's endpoint settings and secret rotation ({@link
 * com.opensylo.webhook.service.WebhookEndpointService}), the endpoint every new marketplace gets
 * ({@link com.opensylo.webhook.service.WebhookOnboarding}, the marketplace feature's events), where
 * webhooks may be sent ({@link com.opensylo.webhook.service.WebhookTargetPolicy}) and the delivery
 * log.
 */
package com.opensylo.webhook.service;
