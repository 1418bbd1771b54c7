package com.opensylo.marketplace.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.ClientEnvironment;
import com.opensylo.identity.domain.ClientRegistration;
import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.service.ClientAdministration;
import com.opensylo.identity.service.ClientLookup;
import com.opensylo.identity.service.ClientWithSecret;
import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.domain.MarketplaceRepository;
import com.opensylo.marketplace.domain.MarketplaceStatus;
import com.opensylo.marketplace.domain.MarketplaceUser;
import com.opensylo.marketplace.domain.MarketplaceUserRepository;
import com.opensylo.marketplace.domain.UserRole;
import com.opensylo.shared.crypto.PasswordHasher;
import com.opensylo.shared.persistence.ConstraintConflict;
import com.opensylo.shared.text.EmailAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Marketplaces: onboarding (the marketplace, its OWNER, its confidential OAuth client and, through
 * {@link MarketplaceEvents}, its webhook endpoint and secret, in one transaction), listing,
 * suspension and reactivation. Suspending disables the marketplace's client, so its tokens stop
 * working on every node at the next request and it can get no new ones.
 */
@ApplicationScoped
public class MarketplaceService {

  @Inject MarketplaceRepository marketplaces;
  @Inject MarketplaceUserRepository users;
  @Inject ClientAdministration clientAdministration;
  @Inject ClientLookup clients;
  @Inject PasswordHasher passwords;
  @Inject MarketplaceEvents events;
  @Inject AuditService audit;
  @Inject Clock clock;

  /**
   * What an operator asks for when onboarding, as sent (Bean Validation has checked its shape; the
   * rules below, its content).
   */
  public record NewMarketplace(
      String platformName,
      String displayName,
      String defaultCurrency,
      ClientEnvironment environment,
      NewUser owner,
      List<String> redirectUris,
      List<String> allowedScopes) {}

  /** A dashboard user to create; the password is hashed here and never kept. */
  public record NewUser(
      String email, String firstName, String lastName, String password, UserRole role) {}

  /**
   * The result of onboarding: the only time the client secret and webhook secret exist in plain
   * text.
   */
  public record Onboarded(
      Marketplace marketplace,
      MarketplaceUser owner,
      String clientId,
      String clientSecret,
      String webhookSecret) {}

  /** One page of marketplaces with the client id of each. */
  public record MarketplacePage(
      List<MarketplaceWithClientId> marketplaces, int page, int pageSize, long total) {}

  /** A marketplace with its OAuth client id. */
  public record MarketplaceWithClientId(Marketplace marketplace, String clientId) {}

  /**
   * Onboards a marketplace: the marketplace, its OWNER, its confidential OAuth client (its id
   * prefixed with the platform name) and its webhook endpoint, in one transaction. Redirect URIs
   * and scopes follow the client registration rules, and {@code admin} is reserved for operators
   * (400, camelCase field names, all together); 409 {@code PLATFORM_NAME_TAKEN} / {@code
   * EMAIL_TAKEN}. Names are stored without surrounding white space.
   */
  @Transactional
  public Onboarded onboard(NewMarketplace request, AuditService.Actor actor, String source) {
    OnboardingRules.check(request);
    request = OnboardingRules.stripped(request);
    if (marketplaces.findByPlatformName(request.platformName()).isPresent()) {
      throw MarketplaceErrors.platformNameTaken();
    }
    String ownerEmail = EmailAddresses.normalize(request.owner().email());
    if (users.findByEmail(ownerEmail).isPresent()) {
      throw MarketplaceErrors.emailTaken();
    }
    Instant now = Instant.now(clock);
    UUID id = UUID.randomUUID();
    String displayName = request.displayName().strip();
    ClientWithSecret client =
        clientAdministration.registerForOwner(
            ClientRegistration.named(displayName)
                .redirectUris(request.redirectUris())
                .allowedScopes(request.allowedScopes())
                .ownedBy(id.toString())
                .build(),
            request.environment(),
            request.platformName(),
            actor,
            source);
    Marketplace marketplace =
        new Marketplace(
            id,
            request.platformName(),
            displayName,
            request.defaultCurrency(),
            request.environment(),
            client.client().id(),
            now);
    try {
      marketplaces.add(marketplace);
    } catch (ConstraintConflict taken) {
      throw MarketplaceErrors.platformNameTaken();
    }
    String webhookSecret = events.onboarded(marketplace);
    NewUser o = request.owner();
    MarketplaceUser owner =
        new MarketplaceUser(
            id,
            ownerEmail,
            passwords.hash(o.password()),
            o.firstName().strip(),
            o.lastName().strip(),
            UserRole.OWNER,
            now);
    try {
      users.add(owner);
    } catch (ConstraintConflict taken) {
      throw MarketplaceErrors.emailTaken();
    }
    audit.record(
        "marketplace.created",
        AuditEvent.Outcome.SUCCESS,
        actor,
        "marketplace",
        id.toString(),
        source,
        "client_id=" + client.client().clientId());
    return new Onboarded(
        marketplace, owner, client.client().clientId(), client.clientSecret(), webhookSecret);
  }

  @Transactional
  public MarketplacePage list(MarketplaceStatus status, int page, int pageSize) {
    List<Marketplace> listed = marketplaces.list(status, (page - 1) * pageSize, pageSize);
    // one query for the page's client ids, not one per marketplace
    Map<UUID, String> clientIds =
        clients.clientIdsByPk(listed.stream().map(Marketplace::clientPk).toList());
    List<MarketplaceWithClientId> found =
        listed.stream()
            .map(m -> new MarketplaceWithClientId(m, clientIds.get(m.clientPk())))
            .toList();
    return new MarketplacePage(found, page, pageSize, marketplaces.count(status));
  }

  /** The marketplace {@code id}, if it exists. */
  @Transactional
  public Optional<Marketplace> findById(UUID id) {
    return marketplaces.findById(id);
  }

  @Transactional
  public MarketplaceWithClientId get(UUID id) {
    return view(find(id));
  }

  /** The marketplace that owns the OAuth client {@code clientPk} (its primary key), if any. */
  @Transactional
  public Optional<Marketplace> findByClientPk(UUID clientPk) {
    return marketplaces.findByClientPk(clientPk);
  }

  /**
   * ACTIVE → SUSPENDED: dashboard sign-in answers 403, the client is disabled. 409 if already
   * suspended.
   */
  @Transactional
  public MarketplaceWithClientId suspend(UUID id, AuditService.Actor actor, String source) {
    return changeStatus(id, false, actor, source);
  }

  /** SUSPENDED → ACTIVE: sign-in and the client work again. 409 if already active. */
  @Transactional
  public MarketplaceWithClientId reactivate(UUID id, AuditService.Actor actor, String source) {
    return changeStatus(id, true, actor, source);
  }

  private MarketplaceWithClientId changeStatus(
      UUID id, boolean active, AuditService.Actor actor, String source) {
    Marketplace marketplace =
        marketplaces.findByIdForUpdate(id).orElseThrow(MarketplaceErrors::marketplaceNotFound);
    Instant now = Instant.now(clock);
    if (!(active ? marketplace.reactivate(now) : marketplace.suspend(now))) {
      throw MarketplaceErrors.alreadyInStatus(active);
    }
    clientAdministration.suspendByOwner(marketplace.clientPk(), !active);
    audit.record(
        active ? "marketplace.reactivated" : "marketplace.suspended",
        AuditEvent.Outcome.SUCCESS,
        actor,
        "marketplace",
        id.toString(),
        source,
        null);
    return view(marketplace);
  }

  private Marketplace find(UUID id) {
    return marketplaces.findById(id).orElseThrow(MarketplaceErrors::marketplaceNotFound);
  }

  private MarketplaceWithClientId view(Marketplace marketplace) {
    String clientId =
        clients.findByPk(marketplace.clientPk()).map(OAuthClient::clientId).orElse(null);
    return new MarketplaceWithClientId(marketplace, clientId);
  }
}
