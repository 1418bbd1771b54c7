/**
 * REST adapters of the identity feature: the OAuth endpoints (authorize and its consent page,
 * token, revoke, introspect, discovery, JWKS, client metadata) with RFC 6749 error bodies and CORS,
 * client authentication from the request ({@code ClientCredentials}), the identity admin API
 * (clients, merchants, signing keys) and the bearer-token filters. Each parses, calls one service
 * and maps the answer.
 */
package com.opensylo.identity.api;
