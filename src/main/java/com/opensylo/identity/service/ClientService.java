package com.opensylo.identity.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.ClientEnvironment;
import com.opensylo.identity.domain.ClientSecret;
import com.opensylo.identity.domain.ClientType;
import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.domain.OAuthClientRepository;
import com.opensylo.identity.domain.Scopes;
import com.opensylo.shared.crypto.SecretHasher;
import com.opensylo.shared.crypto.Secrets;
import com.opensylo.shared.error.ConflictException;
import com.opensylo.shared.error.InvalidRequestException;
import com.opensylo.shared.error.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * OAuth client administration and client authentication. Secrets are generated here, returned once,
 * and stored only as keyed hashes. {@link #rotateSecret} (admin API) keeps the previous secret
 * working for a grace period; {@link #regenerateSecret} (Marketplace Dashboard) ends every previous
 * secret at once.
 */
@ApplicationScoped
public class ClientService {

  @Inject OAuthClientRepository clients;
  @Inject SecretHasher hasher;
  @Inject IdentitySettings settings;
  @Inject AuditService audit;
  @Inject SignInThrottle throttle;

  /** The throttle realm of client authentication: its failures lock no person's sign-in. */
  static final String THROTTLE_REALM = "oauth_client";

  @Inject Clock clock;

  /** What an admin asks for when registering a client; validated by the API layer. */
  public record NewClient(
      String clientName,
      ClientType clientType,
      ClientEnvironment environment,
      List<String> redirectUris,
      List<String> allowedScopes,
      List<String> allowedOrigins,
      String clientUri,
      String logoUri,
      String ownerId,
      String brandId,
      boolean firstParty,
      String clientIdPrefix) {}

  /** Changes an admin may make; null fields stay as they are. */
  public record ClientChanges(
      String clientName,
      List<String> redirectUris,
      List<String> allowedScopes,
      List<String> allowedOrigins,
      String clientUri,
      String logoUri,
      Boolean enabled) {}

  /**
   * A client with its plain secret, which exists only in this response (null for public clients),
   * and when.
   */
  public record ClientWithSecret(OAuthClient client, String clientSecret, Instant issuedAt) {}

  /**
   * A client as its owner may see it: the secret only masked, and when the current secret was
   * issued.
   */
  public record ClientSummary(OAuthClient client, String maskedSecret, Instant secretIssuedAt) {
    /**
     * When the secret was last replaced (rotated or regenerated); null while it is the one issued
     * at creation.
     */
    public Instant secretLastRotatedAt() {
      return secretIssuedAt != null && secretIssuedAt.isAfter(client.createdAt())
          ? secretIssuedAt
          : null;
    }
  }

  /** One page of clients. */
  public record ClientPage(List<OAuthClient> clients, int page, int pageSize, long total) {}

  /**
   * Registers a client. Asking for {@code admin} makes it an operator client, which must be
   * confidential, first-party, owned by nobody and allowed nothing else (400 otherwise).
   */
  @Transactional
  public ClientWithSecret create(NewClient request, AuditService.Actor actor, String source) {
    AdminAuthority.checkScopes(
        request.allowedScopes(),
        request.allowedScopes().contains(Scopes.ADMIN),
        request.clientType(),
        request.firstParty(),
        request.ownerId());
    Instant now = Instant.now(clock);
    String prefix =
        request.clientIdPrefix() != null
            ? request.clientIdPrefix()
            : platformSlug(request.clientName());
    String clientId =
        (request.environment() == ClientEnvironment.SANDBOX ? "sb_" : "")
            + prefix
            + "_client_"
            + Secrets.hex(4);
    OAuthClient client = newClient(clientId, request, now);
    clients.add(client);
    String secret = client.isConfidential() ? issueSecret(client, now) : null;
    recordChange("oauth_client.created", clientId, actor, source);
    return new ClientWithSecret(client, secret, now);
  }

  /**
   * Registers a client under a fixed id and secret (the bootstrap admin client), unless it exists.
   */
  @Transactional
  public boolean createIfMissing(String clientId, String secret, NewClient request) {
    if (clients.findByClientId(clientId).isPresent()) {
      return false;
    }
    Instant now = Instant.now(clock);
    OAuthClient client = newClient(clientId, request, now);
    clients.add(client);
    clients.addSecret(
        new ClientSecret(
            client.id(), hasher.hash(secret), secret.substring(secret.length() - 4), now));
    audit.record(
        "oauth_client.created",
        AuditEvent.Outcome.SUCCESS,
        AuditService.Actor.system(),
        "oauth_client",
        clientId,
        null,
        "bootstrap");
    return true;
  }

  @Transactional
  public OAuthClient get(String clientId) {
    return clients.findByClientId(clientId).orElseThrow(ClientService::notFound);
  }

  @Transactional
  public Optional<OAuthClient> findById(java.util.UUID id) {
    return clients.findById(id);
  }

  /** The {@code client_id} of each of these clients, by primary key. */
  @Transactional
  public java.util.Map<java.util.UUID, String> clientIdsByPk(
      java.util.Collection<java.util.UUID> pks) {
    return pks.isEmpty()
        ? java.util.Map.of()
        : clients.findAllById(pks).stream()
            .collect(java.util.stream.Collectors.toMap(OAuthClient::id, OAuthClient::clientId));
  }

  /** Whether any enabled client lists {@code origin} (CORS preflights name no client). */
  @Transactional
  public boolean anyClientAllowsOrigin(String origin) {
    return clients.anyClientAllowsOrigin(origin);
  }

  @Transactional
  public Optional<OAuthClient> find(String clientId) {
    return clients.findByClientId(clientId);
  }

  @Transactional
  public ClientPage list(String ownerId, String brandId, int page, int pageSize) {
    List<OAuthClient> found = clients.list(ownerId, brandId, (page - 1) * pageSize, pageSize);
    return new ClientPage(found, page, pageSize, clients.count(ownerId, brandId));
  }

  /**
   * Applies an admin's changes. {@code admin} can neither be added to a client that is not an
   * operator client nor joined by other scopes on one (400); a client whose owner is suspended
   * cannot be re-enabled here (409). The audit event names every changed field.
   */
  @Transactional
  public OAuthClient update(
      String clientId, ClientChanges changes, AuditService.Actor actor, String source) {
    OAuthClient client = get(clientId);
    Instant now = Instant.now(clock);
    List<String> changed = new java.util.ArrayList<>();
    if (changes.clientName() != null) {
      client.rename(changes.clientName(), now);
      changed.add("client_name");
    }
    if (changes.redirectUris() != null) {
      client.changeRedirectUris(changes.redirectUris(), now);
      changed.add("redirect_uris");
    }
    if (changes.allowedScopes() != null) {
      AdminAuthority.checkScopes(
          changes.allowedScopes(),
          client.isOperator(),
          client.clientType(),
          client.firstParty(),
          client.ownerId());
      client.changeAllowedScopes(changes.allowedScopes(), now);
      changed.add("allowed_scopes=" + Scopes.format(changes.allowedScopes()));
    }
    if (changes.allowedOrigins() != null) {
      client.changeAllowedOrigins(changes.allowedOrigins(), now);
      changed.add("allowed_origins");
    }
    if (changes.clientUri() != null || changes.logoUri() != null) {
      client.describe(
          changes.clientUri() != null ? changes.clientUri() : client.clientUri(),
          changes.logoUri() != null ? changes.logoUri() : client.logoUri(),
          now);
      changed.add(changes.clientUri() != null ? "client_uri" : "logo_uri");
    }
    if (changes.enabled() != null) {
      if (changes.enabled() && client.ownerSuspended()) {
        throw new ConflictException(
            "CLIENT_OWNER_SUSPENDED",
            "The client's marketplace is suspended; reactivate the marketplace instead.");
      }
      client.enable(changes.enabled(), now);
      changed.add("enabled=" + changes.enabled());
    }
    audit.record(
        "oauth_client.updated",
        AuditEvent.Outcome.SUCCESS,
        actor,
        "oauth_client",
        clientId,
        source,
        changed.isEmpty() ? "no change" : "changed: " + String.join(", ", changed));
    return client;
  }

  /** Deletes a client; 409 when something else (a marketplace) still depends on it. */
  @Transactional
  public void delete(String clientId, AuditService.Actor actor, String source) {
    OAuthClient client = get(clientId);
    clients.delete(client);
    recordChange("oauth_client.deleted", clientId, actor, source);
  }

  /**
   * A new secret that works at once; the current one keeps working for the grace period, and any
   * older secret still in its grace period is retired now (at most two secrets are ever valid).
   */
  @Transactional
  public ClientWithSecret rotateSecret(String clientId, AuditService.Actor actor, String source) {
    OAuthClient client =
        confidential(
            clients.findByClientIdForUpdate(clientId).orElseThrow(ClientService::notFound));
    return replaceSecret(
        client, settings.secretGracePeriod(), "oauth_client.secret_rotated", actor, source);
  }

  /**
   * Seed 000: a new secret that works at once, and every previous secret (including one still in a
   * rotation's grace period) stops working now. Tokens already issued stay valid: they are bound to
   * the client, not to a secret.
   */
  @Transactional
  public ClientWithSecret regenerateSecret(
      java.util.UUID clientPk, AuditService.Actor actor, String source) {
    OAuthClient client =
        confidential(clients.findByIdForUpdate(clientPk).orElseThrow(ClientService::notFound));
    return replaceSecret(
        client, java.time.Duration.ZERO, "oauth_client.secret_regenerated", actor, source);
  }

  /**
   * Issues a new secret; the current one stays valid for {@code grace} (none when zero) and every
   * other earlier secret is deleted now.
   */
  private ClientWithSecret replaceSecret(
      OAuthClient client,
      java.time.Duration grace,
      String auditType,
      AuditService.Actor actor,
      String source) {
    Instant now = Instant.now(clock);
    for (ClientSecret existing : clients.secretsOf(client.id())) {
      if (existing.isCurrent() && !grace.isZero()) {
        existing.expireAt(now.plus(grace));
      } else {
        clients.deleteSecret(existing);
      }
    }
    String secret = issueSecret(client, now);
    recordChange(auditType, client.clientId(), actor, source);
    return new ClientWithSecret(client, secret, now);
  }

  /** The client with its current secret masked ({@code cs_secret_***...abcd}). */
  @Transactional
  public ClientSummary summary(java.util.UUID clientPk) {
    OAuthClient client = clients.findById(clientPk).orElseThrow(ClientService::notFound);
    ClientSecret current =
        clients.secretsOf(clientPk).stream()
            .filter(ClientSecret::isCurrent)
            .findFirst()
            .orElse(null);
    return new ClientSummary(
        client,
        current == null ? null : ClientSecret.masked(current.lastFour()),
        current == null ? null : current.createdAt());
  }

  /**
   * Suspends or resumes a client on behalf of what owns it (a marketplace being suspended or
   * reactivated). The operator's own {@code enabled} switch is left as it is, so a reactivation
   * never undoes an operator's disable.
   */
  @Transactional
  public void suspendByOwner(java.util.UUID clientPk, boolean suspended) {
    clients
        .findById(clientPk)
        .orElseThrow(ClientService::notFound)
        .suspendByOwner(suspended, Instant.now(clock));
  }

  /**
   * The enabled client {@code clientId} if {@code secret} is one of its valid secrets
   * (constant-time compare); a public client authenticates with no secret. Any failure is the same
   * {@code invalid_client}, audited and counted per client id and source address (review L6).
   * Client ids are public, so the throttle never refuses the right secret (anyone could lock a
   * marketplace out); once an id has failed too often from an address, further failures there are
   * refused without being counted or audited, so a flood costs one hash each and no writes.
   */
  @Transactional(dontRollbackOn = OAuthException.class)
  public OAuthClient authenticate(String clientId, String secret, String source) {
    boolean throttled =
        clientId != null && throttle.lockedFor(THROTTLE_REALM, clientId, source).isPresent();
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

  /** Audits a successful change to client {@code clientId} by {@code actor}. */
  private void recordChange(String type, String clientId, AuditService.Actor actor, String source) {
    audit.record(type, AuditEvent.Outcome.SUCCESS, actor, "oauth_client", clientId, source, null);
  }

  /**
   * {@code client} (read with its row locked, so two secret changes on two nodes cannot interleave)
   * if confidential.
   */
  private static OAuthClient confidential(OAuthClient client) {
    if (!client.isConfidential()) {
      throw new InvalidRequestException(
          "INVALID_REQUEST", "A public client has no secret to rotate.");
    }
    return client;
  }

  private static OAuthClient newClient(String clientId, NewClient request, Instant now) {
    return new OAuthClient(
        clientId,
        request.clientName(),
        request.clientType(),
        request.environment(),
        request.redirectUris(),
        request.allowedScopes(),
        request.allowedOrigins(),
        request.clientUri(),
        request.logoUri(),
        request.ownerId(),
        request.brandId(),
        request.firstParty(),
        request.allowedScopes().contains(Scopes.ADMIN),
        now);
  }

  private String issueSecret(OAuthClient client, Instant now) {
    String secret = ClientSecret.generate();
    clients.addSecret(
        new ClientSecret(
            client.id(), hasher.hash(secret), secret.substring(secret.length() - 4), now));
    return secret;
  }

  static String platformSlug(String name) {
    String slug = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (slug.isEmpty()) {
      return "app";
    }
    return slug.length() > 24 ? slug.substring(0, 24) : slug;
  }

  private static ResourceNotFoundException notFound() {
    return new ResourceNotFoundException("Client not found");
  }
}
