package com.opensylo.identity.service;

/**
 * An RFC 6749 error of the token, revocation or introspection endpoint: answered as {@code
 * {"error", "error_description"}} with its status (401 and a challenge for {@code invalid_client}).
 */
public class OAuthException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String error;
  private final int status;

  public OAuthException(String error, String description) {
    this(error, description, "invalid_client".equals(error) ? 401 : 400);
  }

  public OAuthException(String error, String description, int status) {
    super(description);
    this.error = error;
    this.status = status;
  }

  public static OAuthException invalidRequest(String description) {
    return new OAuthException("invalid_request", description);
  }

  public static OAuthException invalidClient() {
    return new OAuthException("invalid_client", "Client authentication failed.");
  }

  public static OAuthException invalidGrant(String description) {
    return new OAuthException("invalid_grant", description);
  }

  public static OAuthException invalidScope(String description) {
    return new OAuthException("invalid_scope", description);
  }

  public String error() {
    return error;
  }

  public int status() {
    return status;
  }
}
