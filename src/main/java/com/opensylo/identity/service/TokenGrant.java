package com.opensylo.identity.service;

import com.opensylo.identity.domain.OAuthClient;
import java.util.Map;

/**
 * One grant type of the token endpoint (RFC 6749 §4), one class each: the endpoint authenticates
 * the client and hands the request's parameters to the grant named by {@code grant_type}.
 */
public interface TokenGrant {

  /** The {@code grant_type} value this grant answers. */
  String type();

  /** Issues tokens for an authenticated client, or throws an {@link OAuthException}. */
  IssuedTokens issue(OAuthClient client, Map<String, String> parameters);
}
