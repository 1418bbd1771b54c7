package com.opensylo.identity.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.AuthorizationCode;
import com.opensylo.identity.domain.AuthorizationRequest;
import com.opensylo.identity.domain.MerchantAccount;
import com.opensylo.identity.domain.TokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The transactional ends of a consent-page sign-in ({@link AuthorizationService#approve}), each a
 * short transaction after the password was checked outside any: issue the code, or count the
 * refusal on the authorization request and close it after too many.
 */
@ApplicationScoped
public class ConsentDecisions {

  @Inject TokenRepository tokens;
  @Inject AuthorizationService authorization;
  @Inject SecretHasher hasher;
  @Inject IdentitySettings settings;
  @Inject AuditService audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(
      name = "opensylo.oauth.authorization-request.max-failed-sign-ins",
      defaultValue = "5")
  Provider<Integer> maxFailedSignIns;

  /** The merchant signed in: the request completes with a five-minute single-use code. */
  @Transactional
  public AuthorizationService.Approval approved(
      AuthorizationService.Pending pending, MerchantAccount merchant) {
    AuthorizationRequest request = authorization.reload(pending);
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
}
