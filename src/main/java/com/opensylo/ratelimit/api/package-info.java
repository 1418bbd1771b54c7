/**
 * The request filter that applies the limits to the partner API and reports them in headers, and
 * the OpenAPI filter that documents them.
 */
package com.opensylo.ratelimit.api;
