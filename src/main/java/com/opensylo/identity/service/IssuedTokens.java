package com.opensylo.identity.service;

/**
 * What the token endpoint returns (RFC 6749 §5.1); {@code refreshToken} is null for
 * client_credentials.
 */
public record IssuedTokens(String accessToken, long expiresIn, String refreshToken, String scope) {}
