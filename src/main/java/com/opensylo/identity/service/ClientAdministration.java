package com.opensylo.identity.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.ClientEnvironment;
import com.opensylo.identity.domain.ClientIds;
import com.opensylo.identity.domain.ClientRegistration;
import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.domain.OAuthClientRepository;
import com.opensylo.identity.domain.Scopes;
import com.opensylo.shared.error.ConflictException;
import com.opensylo.shared.error.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * OAuth client administration (SPEC §5): registering, reading, changing and deleting clients, with
 * the registration rules Bean Validation cannot state ({@link ClientRegistrationRules}, reported in
 * the identity admin API's snake_case field names) and where {@code admin} may appear ({@link
 * AdminAuthority}). Clients registered through the admin API are PRODUCTION clients; a marketplace
 * registers its own through {@link #registerForOwner}. Secrets are {@link ClientSecrets}' concern.
 */
@ApplicationScoped
public class ClientAdministration {

  @Inject OAuthClientRepository clients;
  @Inject ClientSecrets secrets;
  @Inject AuditService audit;
  @Inject Clock clock;

  /**
   * Registers a client through the admin API: a PRODUCTION client whose id is drawn from its name,
   * with its secret (none for a public client). Asking for {@code admin} makes it an operator
   * client, which must be confidential, first-party, owned by nobody and allowed nothing else. 400
   * {@code VALIDATION_FAILED} for a broken rule.
   */
  @Transactional
  public ClientWithSecret register(
      ClientRegistration registration, AuditService.Actor actor, String source) {
    adminApiRules(
            new ClientRegistrationRules(),
            registration.redirectUris(),
            registration.allowedScopes(),
            registration.allowedOrigins(),
            registration.clientUri(),
            registration.logoUri())
        .check();
    return create(
        registration,
        ClientEnvironment.PRODUCTION,
        ClientIds.prefixFrom(registration.clientName()),
        actor,
        source);
  }

  /**
   * Registers the client of an owner (a marketplace being onboarded, whose feature checked the
   * registration rules in its own field names): in {@code environment}, its id starting with {@code
   * clientIdPrefix}.
   */
  @Transactional
  public ClientWithSecret registerForOwner(
      ClientRegistration registration,
      ClientEnvironment environment,
      String clientIdPrefix,
      AuditService.Actor actor,
      String source) {
    return create(registration, environment, clientIdPrefix, actor, source);
  }

  /**
   * Registers a PRODUCTION client under a fixed id and secret (the bootstrap admin client), unless
   * a client with that id exists; whether it registered one.
   */
  @Transactional
  public boolean registerIfMissing(
      String clientId, String secret, ClientRegistration registration) {
    if (clients.findByClientId(clientId).isPresent()) {
      return false;
    }
    Instant now = Instant.now(clock);
    OAuthClient client =
        OAuthClient.register(clientId, ClientEnvironment.PRODUCTION, registration, now);
    clients.add(client);
    secrets.store(client, secret, now);
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

  /**
   * The sandbox marketplace's client (SPEC §10): registered as SANDBOX under its published id and
   * secret if missing, otherwise put back to them (enabled, its registration's redirect URIs and
   * scopes, the published secret as its only one). Inside the caller's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public OAuthClient ensurePublishedSandboxClient(
      String clientId, String secret, ClientRegistration registration) {
    Instant now = Instant.now(clock);
    Optional<OAuthClient> existing = clients.findByClientIdForUpdate(clientId);
    if (existing.isEmpty()) {
      OAuthClient client =
          OAuthClient.register(clientId, ClientEnvironment.SANDBOX, registration, now);
      clients.add(client);
      secrets.store(client, secret, now);
      ClientSecrets.recordChange(
          audit, "oauth_client.created", clientId, AuditService.Actor.system(), null);
      return client;
    }
    OAuthClient client = existing.get();
    if (client.environment() != ClientEnvironment.SANDBOX) {
      throw new IllegalStateException(clientId + " exists and is not a SANDBOX client");
    }
    client.enable(true, now);
    client.suspendByOwner(false, now);
    client.changeRedirectUris(registration.redirectUris(), now);
    client.changeAllowedScopes(registration.allowedScopes(), now);
    secrets.reinstate(client, secret, now);
    return client;
  }

  /** The SANDBOX client {@code clientId}, if there is one. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<OAuthClient> findPublishedSandboxClient(String clientId) {
    return clients
        .findByClientIdForUpdate(clientId)
        .filter(c -> c.environment() == ClientEnvironment.SANDBOX);
  }

  /** The client {@code clientId}; 404 when there is none. */
  @Transactional
  public OAuthClient getByClientId(String clientId) {
    return clients.findByClientId(clientId).orElseThrow(ClientAdministration::notFound);
  }

  /** One page (1-based) of clients, optionally only those of an owner and a brand. */
  @Transactional
  public ClientPage list(String ownerId, String brandId, int page, int pageSize) {
    List<OAuthClient> found = clients.list(ownerId, brandId, (page - 1) * pageSize, pageSize);
    return new ClientPage(found, page, pageSize, clients.count(ownerId, brandId));
  }

  /**
   * Applies an admin's changes. {@code client_type}, {@code brand_id} and {@code is_first_party}
   * cannot change, and URIs, scopes and origins follow the registration rules (400, all together);
   * {@code admin} can neither be added to a client that is not an operator client nor joined by
   * other scopes on one (400); a client whose owner is suspended cannot be re-enabled here (409).
   * The audit event names every changed field.
   */
  @Transactional
  public OAuthClient update(
      String clientId, ClientChanges changes, AuditService.Actor actor, String source) {
    adminApiRules(
            new ClientRegistrationRules()
                .refuse(changes.clientType(), "client_type", "cannot be changed")
                .refuse(changes.brandId(), "brand_id", "cannot be changed")
                .refuse(changes.firstParty(), "is_first_party", "cannot be changed"),
            changes.redirectUris(),
            changes.allowedScopes(),
            changes.allowedOrigins(),
            changes.clientUri(),
            changes.logoUri())
        .check();
    OAuthClient client = getByClientId(clientId);
    Instant now = Instant.now(clock);
    List<String> changed = new ArrayList<>();
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
    OAuthClient client = getByClientId(clientId);
    clients.delete(client);
    ClientSecrets.recordChange(audit, "oauth_client.deleted", clientId, actor, source);
  }

  /**
   * Suspends or resumes the client {@code clientPk} on behalf of what owns it (a marketplace being
   * suspended or reactivated). The operator's own {@code enabled} switch is left as it is, so a
   * reactivation never undoes an operator's disable.
   */
  @Transactional
  public void suspendByOwner(UUID clientPk, boolean suspended) {
    clients
        .findById(clientPk)
        .orElseThrow(ClientAdministration::notFound)
        .suspendByOwner(suspended, Instant.now(clock));
  }

  /** {@code rules} with the URI, scope and origin rules, in the admin API's field names. */
  private static ClientRegistrationRules adminApiRules(
      ClientRegistrationRules rules,
      List<String> redirectUris,
      List<String> allowedScopes,
      List<String> allowedOrigins,
      String clientUri,
      String logoUri) {
    return rules
        .redirectUris(redirectUris, "redirect_uris")
        .scopes(allowedScopes, "allowed_scopes")
        .origins(allowedOrigins, "allowed_origins")
        .optionalUri(clientUri, "client_uri")
        .optionalUri(logoUri, "logo_uri");
  }

  private ClientWithSecret create(
      ClientRegistration registration,
      ClientEnvironment environment,
      String clientIdPrefix,
      AuditService.Actor actor,
      String source) {
    AdminAuthority.checkScopes(
        registration.allowedScopes(),
        registration.asksForOperator(),
        registration.clientType(),
        registration.firstParty(),
        registration.ownerId());
    Instant now = Instant.now(clock);
    OAuthClient client =
        OAuthClient.register(
            ClientIds.generate(environment, clientIdPrefix), environment, registration, now);
    clients.add(client);
    String secret = client.isConfidential() ? secrets.issue(client, now) : null;
    ClientSecrets.recordChange(audit, "oauth_client.created", client.clientId(), actor, source);
    return new ClientWithSecret(client, secret, now);
  }

  static ResourceNotFoundException notFound() {
    return new ResourceNotFoundException("Client not found");
  }
}
