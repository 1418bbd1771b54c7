package com.opensylo.identity.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.ClientSecret;
import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.domain.OAuthClientRepository;
import com.opensylo.shared.crypto.SecretHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Client authentication at the token, revocation and introspection endpoints: the client id and
 * secret against the stored keyed hashes, in constant time, and the client-authentication throttle
 * ({@link SignInThrottle}, realm {@value #THROTTLE_REALM}, per client id and source address; review
 * L6).
 */
@ApplicationScoped
public class ClientAuthentication {

  /** The throttle realm of client authentication: its failures lock no person's sign-in. */
  static final String THROTTLE_REALM = "oauth_client";

  @Inject OAuthClientRepository clients;
  @Inject SecretHasher hasher;
  @Inject IdentitySettings settings;
  @Inject AuditService audit;
  @Inject SignInThrottle throttle;
  @Inject Clock clock;

  /**
   * The active client {@code clientId} if {@code secret} is one of its valid secrets; a public
   * client authenticates with no secret. Any failure is the same {@code invalid_client}, audited
   * and counted per client id and source address. Client ids are public, so the throttle never
   * refuses the right secret (anyone could lock a marketplace out); once an id has failed too often
   * from an address, further failures there are refused without being counted or audited, so a
   * flood costs one hash each and no writes.
   */
  @Transactional(dontRollbackOn = OAuthException.class)
  public OAuthClient authenticate(String clientId, String secret, String source) {
    boolean throttled =
        clientId != null && throttle.accountLockedFor(THROTTLE_REALM, clientId, source).isPresent();
    Check check = check(clientId, secret);
    if (check.client() != null) {
      if (throttled) {
        throttle.recordSuccess(THROTTLE_REALM, clientId, source);
      }
      return check.client();
    }
    throw throttled ? OAuthException.invalidClient() : refused(clientId, source, check.failure());
  }

  /** The authenticated client, or why there is none. */
  private record Check(OAuthClient client, String failure) {
    static Check failed(String why) {
      return new Check(null, why);
    }
  }

  private Check check(String clientId, String secret) {
    var found = clients.findWithSecrets(clientId).filter(c -> c.client().isActive()).orElse(null);
    if (found == null) {
      if (secret != null) {
        hasher.hash(secret); // same work whether or not the client exists
      }
      return Check.failed("unknown or inactive client");
    }
    OAuthClient client = found.client();
    if (!client.isConfidential()) {
      return secret != null
          ? Check.failed("a public client sent a secret")
          : new Check(client, null);
    }
    if (secret == null) {
      return Check.failed("no secret");
    }
    Instant now = Instant.now(clock);
    String candidate = hasher.hash(secret);
    boolean valid = false;
    for (ClientSecret stored : found.secrets()) {
      valid |= SecretHasher.sameHash(candidate, stored.secretHash()) && stored.isValidAt(now);
    }
    return valid ? new Check(client, null) : Check.failed("wrong secret");
  }

  /**
   * Audits a failed client authentication and counts it against that client id from that address;
   * the audit names the client only when it exists (a caller that swapped id and secret must not
   * put its secret in the trail).
   */
  private OAuthException refused(String clientId, String source, String reason) {
    String id = clientId != null && clients.findByClientId(clientId).isPresent() ? clientId : null;
    if (clientId != null
        && throttle.recordAccountFailure(
            THROTTLE_REALM,
            clientId,
            source,
            new SignInThrottle.Limit(
                settings.clientLockoutMaxFailures(), settings.clientLockoutDuration()))) {
      reason += "; further failures of this client from this address go unrecorded for a while";
    }
    audit.record(
        "oauth.client_auth_failed",
        AuditEvent.Outcome.FAILURE,
        new AuditService.Actor("client", id),
        "oauth_client",
        id,
        source,
        reason);
    return OAuthException.invalidClient();
  }
}
