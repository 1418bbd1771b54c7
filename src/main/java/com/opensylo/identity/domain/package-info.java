/**
 * Identity domain: OAuth clients (registered by {@code ClientRegistration}, ids in the {@code
 * ClientIds} format) and their hashed secrets, signing keys, merchant accounts, PKCE, scopes, the
 * sign-in throttle's rows, and the grants, authorization codes and refresh tokens of the
 * authorization server (SPEC §4, §5).
 */
package com.opensylo.identity.domain;
