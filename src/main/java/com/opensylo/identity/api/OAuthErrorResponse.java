package com.opensylo.identity.api;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** RFC 6749 §5.2 error body of the token, revocation and introspection endpoints. */
@JsonbPropertyOrder({"error", "error_description"})
public record OAuthErrorResponse(
    String error, @JsonbProperty("error_description") String errorDescription) {}
