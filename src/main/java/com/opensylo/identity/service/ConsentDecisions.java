package com.opensylo.identity.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.AuthorizationCode;
import com.opensylo.identity.domain.AuthorizationRequest;
import com.opensylo.identity.domain.MerchantAccount;
import com.opensylo.identity.domain.TokenRepository;
import com.opensylo.shared.crypto.SecretHasher;
import com.opensylo.shared.crypto.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The merchant's decisions on a pending authorization request, each a short transaction on the
 * request's locked row: a denial, an approval after the password was checked outside any
 * transaction ({@link AuthorizationService#approve}) that issues the code, or a refused sign-in
 * counted on the request, which closes after too many.
 */
@ApplicationScoped
public class ConsentDecisions {

  @Inject TokenRepository tokens;
  @Inject SecretHasher hasher;
  @Inject IdentitySettings settings;
  @Inject AuditService audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.authorization-request.max-failed-sign-ins")
  Provider<Integer> maxFailedSignIns;

  /** The merchant signed in: the request completes with a five-minute single-use code. */
  @Transactional
  public AuthorizationService.Approval approved(
      AuthorizationService.Pending pending, MerchantAccount merchant) {
    AuthorizationRequest request = openRequest(pending);
    Instant now = Instant.now(clock);
    request.complete(merchant.id(), now);
    String code = Secrets.urlSafe(32);
    tokens.addCode(
        new AuthorizationCode(
            hasher.hash(code),
            request.clientPk(),
            merchant.id(),
            request.redirectUri(),
            request.scope(),
            request.codeChallenge(),
            request.codeChallengeMethod(),
            now,
            now.plus(settings.codeTtl())));
    return new AuthorizationService.Approved(
        new AuthorizationService.Decision(
            request.redirectUri(), code, null, null, request.state()));
  }

  /** The merchant refused: the request closes and the client is told {@code access_denied}. */
  @Transactional
  public AuthorizationService.Decision denied(AuthorizationService.Pending pending) {
    AuthorizationRequest request = openRequest(pending);
    request.complete(null, Instant.now(clock));
    return new AuthorizationService.Decision(
        request.redirectUri(),
        null,
        "access_denied",
        "The merchant denied the request.",
        request.state());
  }

  /** The sign-in was refused: counted on the request, which closes at the limit. */
  @Transactional
  public AuthorizationService.Approval refused(
      AuthorizationService.Pending pending, String source) {
    Instant now = Instant.now(clock);
    Optional<AuthorizationRequest> open =
        tokens.lockAuthorizationRequest(pending.request().id()).filter(r -> r.isOpenAt(now));
    if (open.isEmpty()) {
      return new AuthorizationService.SignInRefused(true);
    }
    boolean closed = open.get().recordFailedSignIn(now, maxFailedSignIns.get());
    if (closed) {
      audit.record(
          "oauth.authorization_request_closed",
          AuditEvent.Outcome.FAILURE,
          new AuditService.Actor("merchant", null),
          "authorization_request",
          open.get().id().toString(),
          source,
          "closed after " + open.get().failedSignIns() + " failed sign-ins");
    }
    return new AuthorizationService.SignInRefused(closed);
  }

  /**
   * A sandbox test merchant tried to consent to a PRODUCTION client: refused and audited, the
   * request stays open (the merchant may sign in with a real account instead).
   */
  @Transactional
  public AuthorizationService.Approval notAllowed(
      AuthorizationService.Pending pending, MerchantAccount merchant, String source) {
    AuthorizationRequest request = openRequest(pending);
    audit.record(
        "oauth.consent_refused",
        AuditEvent.Outcome.FAILURE,
        new AuditService.Actor("merchant", merchant.id().toString()),
        "authorization_request",
        request.id().toString(),
        source,
        "sandbox test merchant and a production client");
    return new AuthorizationService.AccountNotAllowed();
  }

  /** The request, locked, if still open; the error page otherwise. */
  private AuthorizationRequest openRequest(AuthorizationService.Pending pending) {
    return tokens
        .lockAuthorizationRequest(pending.request().id())
        .filter(r -> r.isOpenAt(Instant.now(clock)))
        .orElseThrow(
            () ->
                new AuthorizationService.UntrustedRequestException(
                    "This sign-in request has expired. Start again from the application."));
  }
}
