package com.opensylo.identity.service;

import com.opensylo.identity.domain.AuthorizationRequest;
import com.opensylo.identity.domain.ClientEnvironment;
import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.domain.Pkce;
import com.opensylo.identity.domain.Scopes;
import com.opensylo.identity.domain.TokenRepository;
import com.opensylo.shared.crypto.SecretHasher;
import com.opensylo.shared.crypto.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The authorization-code flow behind {@code /oauth/authorize}: validates the request (errors the
 * client must not be redirected to are {@link UntrustedRequestException}; the rest are redirected
 * as RFC 6749 errors), holds it while the merchant signs in, and turns an approval into a
 * single-use code.
 */
@ApplicationScoped
public class AuthorizationService {

  @Inject ClientLookup clients;
  @Inject TokenRepository tokens;
  @Inject SecretHasher hasher;
  @Inject MerchantAccountService merchants;
  @Inject ConsentDecisions decisions;
  @Inject IdentitySettings settings;
  @Inject Clock clock;

  /** The longest {@code state} kept and echoed (its column's size). */
  public static final int MAX_STATE_LENGTH = 1024;

  /**
   * The unknown client or unregistered redirect URI that must be shown as an error page, never
   * redirected to.
   */
  public static class UntrustedRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UntrustedRequestException(String message) {
      super(message);
    }
  }

  /** An RFC 6749 §4.1.2.1 error, safe to redirect to the (validated) redirect URI. */
  public static class RedirectableError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String error;
    private final String redirectUri;
    private final String state;

    public RedirectableError(String error, String description, String redirectUri, String state) {
      super(description);
      this.error = error;
      this.redirectUri = redirectUri;
      this.state = state;
    }

    public String error() {
      return error;
    }

    public String redirectUri() {
      return redirectUri;
    }

    public String state() {
      return state;
    }
  }

  /** A pending request and the CSRF token its form must post back (shown once, stored hashed). */
  public record Pending(AuthorizationRequest request, OAuthClient client, String csrfToken) {}

  /** Where to send the browser once the merchant decided. */
  public record Decision(
      String redirectUri, String code, String error, String errorDescription, String state) {}

  @Transactional
  public Pending start(
      String clientId,
      String redirectUri,
      String responseType,
      String scope,
      String state,
      String codeChallenge,
      String codeChallengeMethod,
      String repeatedParameter) {
    if ("client_id".equals(repeatedParameter) || "redirect_uri".equals(repeatedParameter)) {
      throw new UntrustedRequestException(
          "The request repeats " + repeatedParameter + ", so it cannot be trusted.");
    }
    OAuthClient client =
        clients
            .findActiveForConsent(clientId)
            .orElseThrow(
                () ->
                    new UntrustedRequestException(
                        "This application is not registered with OpenSylo."));
    if (!client.hasRedirectUri(redirectUri)) {
      throw new UntrustedRequestException(
          "The redirect address does not match the application's registration.");
    }
    if (repeatedParameter != null) {
      throw new RedirectableError(
          "invalid_request", "Parameter " + repeatedParameter + " is repeated.", redirectUri, null);
    }
    if (state != null && state.length() > MAX_STATE_LENGTH) {
      // too long to store or echo: shown as an error page rather than redirected without it
      throw new UntrustedRequestException(
          "The request's state parameter is longer than " + MAX_STATE_LENGTH + " characters.");
    }
    if (!"code".equals(responseType)) {
      throw new RedirectableError(
          "unsupported_response_type", "Only response_type=code is supported.", redirectUri, state);
    }
    Set<String> requested;
    try {
      requested = Scopes.parseStrict(scope);
    } catch (IllegalArgumentException e) {
      throw new RedirectableError("invalid_scope", e.getMessage(), redirectUri, state);
    }
    // admin is never consented to: it comes only from an operator client's own credentials
    if (requested.isEmpty()
        || requested.contains(Scopes.ADMIN)
        || !client.allowsScopes(requested)) {
      throw new RedirectableError(
          "invalid_scope",
          "The requested scope is missing or not allowed for this client.",
          redirectUri,
          state);
    }
    String method =
        codeChallengeMethod == null && codeChallenge != null ? "plain" : codeChallengeMethod;
    if (codeChallenge == null) {
      if (!client.isConfidential()) {
        throw new RedirectableError(
            "invalid_request", "PKCE (code_challenge with S256) is required.", redirectUri, state);
      }
    } else if (!"S256".equals(method) && !("plain".equals(method) && plainPkceAllowed(client))) {
      throw new RedirectableError(
          "invalid_request", "code_challenge_method must be S256.", redirectUri, state);
    } else if (!Pkce.isWellFormed(codeChallenge)) {
      throw new RedirectableError(
          "invalid_request", "code_challenge is malformed.", redirectUri, state);
    }
    Instant now = Instant.now(clock);
    String csrf = Secrets.urlSafe(32);
    AuthorizationRequest request =
        new AuthorizationRequest(
            client.id(),
            redirectUri,
            List.copyOf(requested),
            state,
            codeChallenge,
            codeChallenge == null ? null : method,
            hasher.hash(csrf),
            now,
            now.plus(settings.authorizationRequestTtl()));
    tokens.addAuthorizationRequest(request);
    return new Pending(request, client, csrf);
  }

  /**
   * Plain PKCE (the verifier sent as the challenge) protects nothing against an attacker who sees
   * the authorization request, so it is for SANDBOX clients only, and only while the setting allows
   * it; PRODUCTION clients always need S256.
   */
  private boolean plainPkceAllowed(OAuthClient client) {
    return client.environment() == ClientEnvironment.SANDBOX && settings.allowPlainPkce();
  }

  /**
   * The pending request {@code requestId} if {@code csrfToken} belongs to it and it is still open.
   */
  @Transactional
  public Optional<Pending> resume(String requestId, String csrfToken) {
    UUID id;
    try {
      id = UUID.fromString(requestId == null ? "" : requestId);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return tokens
        .findAuthorizationRequest(id)
        .filter(r -> r.isOpenAt(Instant.now(clock)) && hasher.matches(csrfToken, r.csrfHash()))
        .flatMap(r -> clients.findActiveByPk(r.clientPk()).map(c -> new Pending(r, c, csrfToken)));
  }

  /** The merchant refused: the request is closed and the client told {@code access_denied}. */
  public Decision deny(Pending pending) {
    return decisions.denied(pending);
  }

  /** How an approval ended. */
  public sealed interface Approval {}

  /** Signed in and approved: where to send the browser, with the code. */
  public record Approved(Decision decision) implements Approval {}

  /**
   * The credentials were refused (wrong, unknown or locked: one answer); {@code requestClosed} when
   * that was the request's last allowed failure, or it closed meanwhile.
   */
  public record SignInRefused(boolean requestClosed) implements Approval {}

  /**
   * The credentials were right but the account may not consent to this client: a sandbox test
   * merchant (public password) and a PRODUCTION client. Nothing is issued; the request stays open.
   */
  public record AccountNotAllowed() implements Approval {}

  /**
   * The merchant signed in and approved: a five-minute single-use code is issued for the request. A
   * refused sign-in counts on the request; after {@code
   * opensylo.oauth.authorization-request.max-failed-sign-ins} (5) the request closes and the
   * merchant must start again from the application. Not one transaction: the password hash runs
   * between two short ones ({@link MerchantAccountService#signIn}), so a burst of sign-ins holds no
   * database connection while it computes.
   */
  public Approval approve(Pending pending, String email, String password, String source) {
    MerchantAccountService.SignIn signIn = merchants.signIn(email, password, source);
    if (!(signIn instanceof MerchantAccountService.SignedIn signedIn)) {
      return decisions.refused(pending, source);
    }
    if (!signedIn.account().mayConsentTo(pending.client().environment())) {
      return decisions.notAllowed(pending, signedIn.account(), source);
    }
    return decisions.approved(pending, signedIn.account());
  }
}
