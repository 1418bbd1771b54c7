/**
 * Webhooks between OpenSylo and marketplaces: endpoint settings, the HMAC secret, the outbound
 * delivery log.
 */
package com.opensylo.webhook;
