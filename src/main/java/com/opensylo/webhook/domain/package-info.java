/** Webhook domain: outbound deliveries (the outbox rows) and their states. */
package com.opensylo.webhook.domain;
