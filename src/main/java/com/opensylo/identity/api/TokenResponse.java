package com.opensylo.identity.api;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** RFC 6749 §5.1 token response. */
@JsonbPropertyOrder({"access_token", "token_type", "expires_in", "refresh_token", "scope"})
public record TokenResponse(
    @JsonbProperty("access_token") String accessToken,
    @JsonbProperty("token_type") String tokenType,
    @JsonbProperty("expires_in") long expiresIn,
    @JsonbProperty("refresh_token") String refreshToken,
    String scope) {}
