package com.opensylo.shared.error;

import java.util.List;

/**
 * Raised when the bearer token lacks a scope the call needs, where only the request body says which
 * (a data block of an ingestion call): 403 {@code INSUFFICIENT_SCOPE} with the RFC 6750 challenge
 * {@code Bearer error="insufficient_scope", scope="…"} naming the missing scopes, as the scope
 * filter answers for a scope a resource method declares.
 */
public class InsufficientScopeException extends ForbiddenException {

  private static final long serialVersionUID = 1L;

  /** The code of a token scope refusal, shared with the scope filter's. */
  public static final String CODE = "INSUFFICIENT_SCOPE";

  private final List<String> scopes;

  public InsufficientScopeException(List<String> missingScopes, String message) {
    super(CODE, message);
    this.scopes = List.copyOf(missingScopes);
  }

  /** The scopes the token would need, in the order they were found missing. */
  public List<String> scopes() {
    return scopes;
  }

  /** The {@code WWW-Authenticate} value of the refusal. */
  public String challenge() {
    return "Bearer error=\"insufficient_scope\", scope=\"" + String.join(" ", scopes) + "\"";
  }
}
