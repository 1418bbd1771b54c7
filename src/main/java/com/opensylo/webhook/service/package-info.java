/**
 * Webhook services: a marketplace's endpoint settings and secret rotation ({@link
 * com.opensylo.webhook.service.WebhookEndpointService}), the endpoint every new marketplace gets
 * ({@link com.opensylo.webhook.service.WebhookOnboarding}, the marketplace feature's events), where
 * webhooks may be sent ({@link com.opensylo.webhook.service.WebhookTargetPolicy}), the outbound
 * delivery worker ({@link com.opensylo.webhook.service.WebhookDispatcher}, {@link
 * com.opensylo.webhook.service.DeliveryClaims}, {@link com.opensylo.webhook.service.WebhookSender})
 * and the delivery log, the loan feature's events written to the outbox ({@link
 * com.opensylo.webhook.service.LoanEventOutbox}), and inbound webhooks: the signature ({@link
 * com.opensylo.webhook.service.InboundSignature}), receiving once ({@link
 * com.opensylo.webhook.service.InboundWebhooks}, {@link
 * com.opensylo.webhook.service.InboundEventRecorder}) and one class per protocol ({@link
 * com.opensylo.webhook.service.RepaymentEvents}, {@link
 * com.opensylo.webhook.service.SettlementEvents}).
 */
package com.opensylo.webhook.service;
