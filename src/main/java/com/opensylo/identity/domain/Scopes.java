package com.opensylo.identity.domain;

import com.opensylo.shared.security.ScopeStrings;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The scope catalogue of SPEC §4, with the wording the consent page shows for each. */
public final class Scopes {

  public static final String ADMIN = "admin";

  private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

  static {
    DESCRIPTIONS.put("data.share.sales", "Share your sales performance and revenue history");
    DESCRIPTIONS.put(
        "data.share.fulfillment", "Share your order fulfilment, cancellation and dispute rates");
    DESCRIPTIONS.put("data.share.payouts", "Share your payout cash flow");
    DESCRIPTIONS.put(
        "data.share.risk", "Share risk signals such as account suspensions and fraud flags");
    DESCRIPTIONS.put(
        "data.share.profile", "Share your business profile, platform history and credit history");
    DESCRIPTIONS.put("credit.score.read", "Read your OpenSylo credit score");
    DESCRIPTIONS.put("repayment.report", "Report loan repayments deducted from your payouts");
    DESCRIPTIONS.put(ADMIN, "Operate the OpenSylo platform (operators only)");
  }

  private Scopes() {}

  public static boolean isKnown(String scope) {
    return DESCRIPTIONS.containsKey(scope);
  }

  public static List<String> all() {
    return List.copyOf(DESCRIPTIONS.keySet());
  }

  public static String describe(String scope) {
    return DESCRIPTIONS.getOrDefault(scope, scope);
  }

  /** Descriptions of {@code scopes}, in catalogue order. */
  public static Map<String, String> describeAll(Collection<String> scopes) {
    Map<String, String> described = new LinkedHashMap<>();
    DESCRIPTIONS.forEach(
        (scope, text) -> {
          if (scopes.contains(scope)) {
            described.put(scope, text);
          }
        });
    return described;
  }

  /**
   * Parses an RFC 6749 scope string (space-separated) into an ordered set; null or blank is empty.
   */
  public static Set<String> parse(String scope) {
    return ScopeStrings.parse(scope);
  }

  /**
   * Parses a scope parameter as RFC 6749 §3.3 defines it: tokens of printable ASCII other than
   * {@code "} and the backslash, separated by spaces. Anything else (control characters, tabs,
   * non-ASCII) is an {@link IllegalArgumentException}, which callers answer as {@code
   * invalid_scope}.
   */
  public static Set<String> parseStrict(String scope) {
    if (scope != null) {
      for (int i = 0; i < scope.length(); i++) {
        char c = scope.charAt(i);
        if (c != ' ' && (c < 0x21 || c > 0x7e || c == '"' || c == '\\')) {
          throw new IllegalArgumentException(
              "scope may hold only printable ASCII scope tokens separated by spaces.");
        }
      }
    }
    return parse(scope);
  }

  /** The RFC 6749 form of a scope set. */
  public static String format(Collection<String> scopes) {
    return String.join(" ", scopes);
  }
}
