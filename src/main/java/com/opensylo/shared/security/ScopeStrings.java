package com.opensylo.shared.security;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The RFC 6749 §3.3 form of a scope list: scope tokens separated by spaces, in a request parameter
 * or an access token's {@code scope} claim. Knows no catalogue (that is {@code identity}'s).
 */
public final class ScopeStrings {

  private ScopeStrings() {}

  /** The scopes of {@code scope} in order, each once; null or blank is none. */
  public static Set<String> parse(String scope) {
    Set<String> parsed = new LinkedHashSet<>();
    if (scope != null) {
      for (String s : scope.trim().split(" +")) {
        if (!s.isEmpty()) {
          parsed.add(s);
        }
      }
    }
    return parsed;
  }
}
