/**
 * Webhook domain: each marketplace's endpoint (URL, on/off, encrypted HMAC secret), the outbound
 * event catalogue and signature header, the deliveries (the outbox rows) with their states, and the
 * accepted inbound events.
 */
package com.opensylo.webhook.domain;
