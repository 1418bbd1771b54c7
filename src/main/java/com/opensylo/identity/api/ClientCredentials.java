package com.opensylo.identity.api;

import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.service.ClientAuthentication;
import com.opensylo.identity.service.OAuthException;
import com.opensylo.shared.web.PercentEncoding;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The client authentication of an OAuth request: {@code client_secret_basic} (RFC 6749 §2.3.1,
 * form-urlencoded id and secret inside Basic) or {@code client_secret_post}, or a bare {@code
 * client_id} for public clients. Using two methods at once is refused.
 */
record ClientCredentials(String clientId, String clientSecret) {

  /**
   * Parses the request's client authentication and authenticates the client; {@code invalid_client}
   * otherwise.
   */
  static OAuthClient authenticate(
      ClientAuthentication clients,
      String authorization,
      String bodyClientId,
      String bodySecret,
      String source) {
    ClientCredentials credentials = from(authorization, bodyClientId, bodySecret);
    return clients.authenticate(credentials.clientId(), credentials.clientSecret(), source);
  }

  /**
   * The same for a form-encoded request (revocation, introspection), whose first {@code client_id}
   * and {@code client_secret} count.
   */
  static OAuthClient authenticate(
      ClientAuthentication clients,
      String authorization,
      MultivaluedMap<String, String> form,
      String source) {
    return authenticate(
        clients, authorization, form.getFirst("client_id"), form.getFirst("client_secret"), source);
  }

  static ClientCredentials from(String authorization, String bodyClientId, String bodySecret) {
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      if (bodySecret != null) {
        throw OAuthException.invalidRequest("Use one client authentication method, not two.");
      }
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).trim()),
                StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw OAuthException.invalidClient();
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        throw OAuthException.invalidClient();
      }
      // RFC 6749 §2.3.1: both halves are form-urlencoded; a broken escape is a bad credential, not
      // a server error
      String id =
          PercentEncoding.decode(decoded.substring(0, colon))
              .orElseThrow(OAuthException::invalidClient);
      String secret =
          PercentEncoding.decode(decoded.substring(colon + 1))
              .orElseThrow(OAuthException::invalidClient);
      if (bodyClientId != null && !bodyClientId.equals(id)) {
        throw OAuthException.invalidRequest("client_id does not match the authenticated client.");
      }
      return new ClientCredentials(id, secret);
    }
    if (bodyClientId == null || bodyClientId.isBlank()) {
      throw OAuthException.invalidClient();
    }
    return new ClientCredentials(
        bodyClientId, bodySecret == null || bodySecret.isEmpty() ? null : bodySecret);
  }
}
