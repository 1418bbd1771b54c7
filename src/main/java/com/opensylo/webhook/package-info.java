/**
 * Webhooks between OpenSylo and marketplaces (SPEC §8, §9). This feature owns each marketplace's
 * endpoint and HMAC secret ({@code webhook_endpoint}) and the outbound delivery log, the outbox
 * ({@code webhook_delivery}); no other feature writes either table.
 *
 * <p>How a feature announces events (events as a port): the feature declares an interface of its
 * own in its {@code service} package, named for what happens ({@code MarketplaceEvents.onboarded},
 * later {@code LoanEvents.approved} and the other loan transitions), and calls it in the
 * transaction of the change it announces. This feature implements the interface with a CDI bean in
 * {@code webhook/service} ({@link com.opensylo.webhook.service.WebhookOnboarding} for marketplaces)
 * that runs in that same transaction ({@code TxType.MANDATORY}): for a loan event it inserts one
 * {@link com.opensylo.webhook.domain.WebhookDelivery} outbox row per event (the event id fixed
 * once, so receivers deduplicate), and a separate dispatcher sends the rows and records each
 * attempt. So the announcing feature never depends on webhook, and webhook only reads it.
 */
package com.opensylo.webhook;
