/**
 * Identity services, one concern each. Clients: {@code ClientAdministration} (registration rules,
 * CRUD), {@code ClientSecrets} (issue, rotate, regenerate, masked view), {@code
 * ClientAuthentication} (secrets checked, failures throttled) and {@code ClientLookup} (reads for
 * other features), with their values ({@code ClientWithSecret}, {@code ClientSummary}, {@code
 * ClientPage}, {@code ClientChanges}). Tokens: one {@code TokenGrant} per grant type behind {@code
 * TokenGrants}, {@code TokenIssuer}, {@code TokenStatus}, {@code TokenIntrospection}, {@code
 * TokenRevocation}. The authorization-code flow ({@code AuthorizationService}, {@code
 * ConsentDecisions}, merchant sign-in). Keys: {@code SigningKeyService} (store, rotation), {@code
 * JwtSigner} (every JWT this server signs, with the registered claims built in one place; ES256
 * through {@code Es256Signer}, Bouncy Castle's lightweight ECDSA) and {@code VerificationKeys}
 * (JWKS, verification, a key's standing). The sign-in throttle, configuration and start-up ({@code
 * IdentityStartup} checks the settings, {@code IdentityBootstrap} makes the first key and the
 * bootstrap admin, one node at a time). Shared cryptography lives in {@code
 * com.opensylo.shared.crypto}.
 */
package com.opensylo.identity.service;
