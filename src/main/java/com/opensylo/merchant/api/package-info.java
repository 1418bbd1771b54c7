/**
 * The partner data API under {@code /api/marketplace/data} (OAuth access tokens, camelCase bodies).
 */
package com.opensylo.merchant.api;
