package com.opensylo.identity.service;

import com.opensylo.identity.domain.Scopes;
import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.error.ApiException;
import com.opensylo.shared.error.ErrorCode;
import com.opensylo.shared.web.CallbackUris;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * The registration rules Bean Validation cannot state: redirect URIs absolute https (or http on
 * loopback, RFC 8252), without fragment; origins {@code scheme://host[:port]}; scopes from the
 * catalogue. All violations are reported together as one 400 {@code VALIDATION_FAILED}. Field names
 * are the caller's (snake_case for the identity admin API, camelCase for marketplace onboarding).
 */
public final class ClientRegistrationRules {

  private final List<ApiError.FieldError> errors = new ArrayList<>();

  public ClientRegistrationRules redirectUris(List<String> uris, String fieldName) {
    if (uris == null) {
      return this;
    }
    for (int i = 0; i < uris.size(); i++) {
      String field = fieldName + "[" + i + "]";
      URI uri = parse(uris.get(i), field);
      if (uri == null) {
        continue;
      }
      if (!CallbackUris.isHttpsOrLoopbackHttp(uri)) {
        errors.add(
            new ApiError.FieldError(
                field, "must be an absolute https URI (http only on loopback)"));
      } else if (uri.getRawFragment() != null || uris.get(i).contains("\n")) {
        errors.add(new ApiError.FieldError(field, "must not contain a fragment"));
      }
    }
    return this;
  }

  public ClientRegistrationRules origins(List<String> origins, String fieldName) {
    if (origins == null) {
      return this;
    }
    for (int i = 0; i < origins.size(); i++) {
      String field = fieldName + "[" + i + "]";
      URI uri = parse(origins.get(i), field);
      if (uri != null
          && (uri.getHost() == null
              || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
              || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())
              || uri.getRawQuery() != null)) {
        errors.add(new ApiError.FieldError(field, "must be an origin: scheme://host[:port]"));
      }
    }
    return this;
  }

  public ClientRegistrationRules optionalUri(String value, String field) {
    if (value != null) {
      URI uri = parse(value, field);
      if (uri != null && !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
        errors.add(new ApiError.FieldError(field, "must be an http(s) URI"));
      }
    }
    return this;
  }

  public ClientRegistrationRules scopes(List<String> scopes, String fieldName) {
    if (scopes == null) {
      return this;
    }
    for (int i = 0; i < scopes.size(); i++) {
      if (!Scopes.isKnown(scopes.get(i))) {
        errors.add(
            new ApiError.FieldError(
                fieldName + "[" + i + "]", "unknown scope; one of " + Scopes.all()));
      }
    }
    return this;
  }

  public ClientRegistrationRules refuse(Object value, String field, String message) {
    if (value != null) {
      errors.add(new ApiError.FieldError(field, message));
    }
    return this;
  }

  /** Throws 400 {@code VALIDATION_FAILED} with every violation found, if any. */
  public void check() {
    if (!errors.isEmpty()) {
      String message =
          errors.size() == 1
              ? errors.get(0).field() + ": " + errors.get(0).message()
              : errors.size() + " fields are invalid; see details.";
      throw new ApiException(400, ErrorCode.VALIDATION_FAILED, message, errors);
    }
  }

  private URI parse(String value, String field) {
    try {
      return new URI(value);
    } catch (URISyntaxException | NullPointerException e) {
      errors.add(new ApiError.FieldError(field, "must be a valid URI"));
      return null;
    }
  }
}
