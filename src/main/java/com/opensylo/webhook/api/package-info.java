/**
 * Inbound webhook endpoints (SPEC §8): {@code /api/v1/webhooks/marketplace/repayment} and {@code
 * /settlement}, authenticated by the marketplace's HMAC signature, not by a bearer token.
 */
package com.opensylo.webhook.api;
