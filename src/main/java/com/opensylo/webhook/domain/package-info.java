/**
 * Webhook domain: each marketplace's endpoint (URL, on/off, encrypted HMAC secret), the outbound
 * event catalogue and signature header, and the deliveries (the outbox rows) with their states.
 */
package com.opensylo.webhook.domain;
