package com.opensylo.identity.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.ClientSecret;
import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.domain.OAuthClientRepository;
import com.opensylo.shared.crypto.SecretHasher;
import com.opensylo.shared.error.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The lifecycle of client secrets. A secret is generated here (SPEC §2: {@code cs_secret_} + 256
 * bits), returned once, and stored only as a keyed hash with its last four characters for the
 * masked view. {@link #rotate} (admin API) keeps the previous secret working for a grace period;
 * {@link #regenerate} (Marketplace Dashboard) ends every previous secret at once. Both lock the
 * client's row, so two secret changes on two nodes cannot interleave.
 */
@ApplicationScoped
public class ClientSecrets {

  @Inject OAuthClientRepository clients;
  @Inject SecretHasher hasher;
  @Inject IdentitySettings settings;
  @Inject AuditService audit;
  @Inject Clock clock;

  /** A new secret of the client (its first, or a replacement), in plain text only here. */
  public String issue(OAuthClient client, Instant now) {
    String secret = ClientSecret.generate();
    store(client, secret, now);
    return secret;
  }

  /**
   * Stores {@code secret} (chosen by the operator: the bootstrap admin client's) for the client.
   */
  public void store(OAuthClient client, String secret, Instant now) {
    clients.addSecret(
        new ClientSecret(
            client.id(), hasher.hash(secret), secret.substring(secret.length() - 4), now));
  }

  /**
   * Makes {@code secret} the client's only secret unless it already is (the sandbox marketplace's
   * published secret, put back by the daily reset); whether anything changed.
   */
  public boolean reinstate(OAuthClient client, String secret, Instant now) {
    List<ClientSecret> current = clients.secretsOf(client.id());
    if (current.size() == 1 && hasher.matches(secret, current.get(0).secretHash())) {
      return false;
    }
    current.forEach(clients::deleteSecret);
    store(client, secret, now);
    return true;
  }

  /**
   * Seed 003: a new secret that works at once; the current one keeps working for the grace period,
   * and any older secret still in its grace period is retired now (at most two secrets are ever
   * valid). 400 for a public client, 404 for an unknown one.
   */
  @Transactional
  public ClientWithSecret rotate(String clientId, AuditService.Actor actor, String source) {
    OAuthClient client =
        confidential(
            clients.findByClientIdForUpdate(clientId).orElseThrow(ClientAdministration::notFound));
    return replace(
        client, settings.secretGracePeriod(), "oauth_client.secret_rotated", actor, source);
  }

  /**
   * Seed 000: a new secret for the client {@code clientPk} that works at once, and every previous
   * secret (including one still in a rotation's grace period) stops working now. Tokens already
   * issued stay valid: they are bound to the client, not to a secret.
   */
  @Transactional
  public ClientWithSecret regenerate(UUID clientPk, AuditService.Actor actor, String source) {
    OAuthClient client =
        confidential(
            clients.findByIdForUpdate(clientPk).orElseThrow(ClientAdministration::notFound));
    return replace(client, Duration.ZERO, "oauth_client.secret_regenerated", actor, source);
  }

  /** The client {@code clientPk} with its current secret masked ({@code cs_secret_***...abcd}). */
  @Transactional
  public ClientSummary summary(UUID clientPk) {
    OAuthClient client = clients.findById(clientPk).orElseThrow(ClientAdministration::notFound);
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

  /** Audits a successful change to client {@code clientId} by {@code actor}. */
  static void recordChange(
      AuditService audit, String type, String clientId, AuditService.Actor actor, String source) {
    audit.record(type, AuditEvent.Outcome.SUCCESS, actor, "oauth_client", clientId, source, null);
  }

  /**
   * Issues a new secret; the current one stays valid for {@code grace} (none when zero) and every
   * other earlier secret is deleted now.
   */
  private ClientWithSecret replace(
      OAuthClient client,
      Duration grace,
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
    String secret = issue(client, now);
    recordChange(audit, auditType, client.clientId(), actor, source);
    return new ClientWithSecret(client, secret, now);
  }

  private static OAuthClient confidential(OAuthClient client) {
    if (!client.isConfidential()) {
      throw new InvalidRequestException(
          "INVALID_REQUEST", "A public client has no secret to rotate.");
    }
    return client;
  }
}
