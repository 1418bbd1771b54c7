package com.opensylo.identity.api;

import com.opensylo.identity.domain.Scopes;
import com.opensylo.identity.service.AuthorizationService;
import jakarta.ws.rs.core.Response;

/**
 * The HTML of the sign-in and consent page and of the authorization error page. Plain HTML forms
 * that work without JavaScript; every value is escaped; nothing secret is embedded except the
 * request's own CSRF token.
 */
final class ConsentPage {

  private ConsentPage() {}

  static Response form(AuthorizationService.Pending pending, String error, int status) {
    StringBuilder scopes = new StringBuilder();
    for (String scope : pending.request().scope()) {
      scopes
          .append("<li><strong>")
          .append(escape(scope))
          .append("</strong> &mdash; ")
          .append(escape(Scopes.describe(scope)))
          .append("</li>");
    }
    boolean firstParty = pending.client().firstParty();
    String body =
        "<h1>Sign in to OpenSylo</h1>"
            + "<p><strong>"
            + escape(pending.client().clientName())
            + "</strong> "
            + (firstParty ? "asks you to sign in." : "asks for access to your OpenSylo data:")
            + "</p>"
            + (firstParty ? "" : "<ul id=\"scopes\">" + scopes + "</ul>")
            + (error == null
                ? ""
                : "<p class=\"error\" id=\"error\" role=\"alert\">" + escape(error) + "</p>")
            + "<form method=\"post\" action=\"/oauth/authorize\" id=\"consent\">"
            + "<input type=\"hidden\" name=\"request_id\" value=\""
            + escape(pending.request().id().toString())
            + "\">"
            + "<input type=\"hidden\" name=\"csrf_token\" value=\""
            + escape(pending.csrfToken())
            + "\">"
            + "<label for=\"email\">Email</label>"
            + "<input type=\"email\" id=\"email\" name=\"email\" autocomplete=\"username\" required>"
            + "<label for=\"password\">Password</label>"
            + "<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required>"
            + "<div class=\"actions\">"
            + "<button type=\"submit\" name=\"decision\" value=\"approve\" id=\"approve\">"
            + (firstParty ? "Sign in" : "Sign in and allow")
            + "</button>"
            + "<button type=\"submit\" name=\"decision\" value=\"deny\" id=\"deny\" formnovalidate>Deny</button>"
            + "</div></form>";
    return page(status, "Sign in - OpenSylo", body);
  }

  static Response error(String message) {
    return error(400, message);
  }

  /** The error page with {@code status}, for refusals the shared HTTP layer raised (413, 415…). */
  static Response error(int status, String message) {
    return page(
        status,
        "Authorization error - OpenSylo",
        "<h1>This request cannot continue</h1><p class=\"error\" id=\"error\">"
            + escape(message)
            + "</p>"
            + "<p>Return to the application and try again.</p>");
  }

  private static Response page(int status, String title, String body) {
    String html =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>"
            + escape(title)
            + "</title><style>"
            + "body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1d1e3c}"
            + "label{display:block;margin-top:1rem}input{width:100%;padding:.5rem;box-sizing:border-box}"
            + ".actions{margin-top:1.5rem;display:flex;gap:1rem}button{padding:.6rem 1.2rem}"
            + ".error{color:#a4000f}</style></head><body>"
            + body
            + "</body></html>";
    return Response.status(status)
        .type("text/html; charset=UTF-8")
        .header("Cache-Control", "no-store")
        .header("Pragma", "no-cache")
        .header("X-Frame-Options", "DENY")
        .header("Referrer-Policy", "no-referrer")
        .header("X-Content-Type-Options", "nosniff")
        .header(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'")
        .entity(html)
        .build();
  }

  static String escape(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
