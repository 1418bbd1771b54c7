/**
 * Per-client rate limits of the partner API (SPEC §10): fixed minute and hour windows counted in
 * the database, so the limit holds across all nodes; 429 with {@code Retry-After} and the {@code
 * X-RateLimit-*} headers.
 */
package com.opensylo.ratelimit;
