/**
 * Marketplace domain: the marketplace (names, currency, environment, status, its OAuth client), its
 * dashboard users and their roles. Its webhook endpoint belongs to the webhook feature.
 */
package com.opensylo.marketplace.domain;
