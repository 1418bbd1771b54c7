package com.opensylo.marketplace.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.ClientEnvironment;
import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.domain.MarketplaceRepository;
import com.opensylo.marketplace.domain.MarketplaceUser;
import com.opensylo.marketplace.domain.MarketplaceUserRepository;
import com.opensylo.marketplace.domain.UserRole;
import com.opensylo.shared.crypto.PasswordHasher;
import com.opensylo.shared.text.EmailAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A marketplace whose identity is published rather than onboarded (the sandbox marketplace of SPEC
 * §10): fixed id, platform name and OWNER, created if missing and otherwise put back to exactly
 * that — ACTIVE, its OWNER with the published password, and no other dashboard user. Runs inside
 * the caller's transaction.
 */
@ApplicationScoped
public class PublishedMarketplaces {

  @Inject MarketplaceRepository marketplaces;
  @Inject MarketplaceUserRepository users;
  @Inject PasswordHasher passwords;
  @Inject MarketplaceEvents events;
  @Inject AuditService audit;
  @Inject Clock clock;

  /** What is published about the marketplace. */
  public record Published(
      UUID id,
      String platformName,
      String displayName,
      String currency,
      ClientEnvironment environment,
      UUID clientPk,
      MarketplaceService.NewUser owner) {}

  /** The marketplace as published, and how many dashboard users that removed. */
  public record Ensured(Marketplace marketplace, boolean created, int removedUsers) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public Ensured ensure(Published published) {
    Instant now = Instant.now(clock);
    Marketplace marketplace = marketplaces.findByIdForUpdate(published.id()).orElse(null);
    boolean created = marketplace == null;
    if (created) {
      marketplace =
          new Marketplace(
              published.id(),
              published.platformName(),
              published.displayName(),
              published.currency(),
              published.environment(),
              published.clientPk(),
              now);
      marketplaces.add(marketplace);
      events.onboarded(marketplace);
      audit.record(
          "marketplace.created",
          AuditEvent.Outcome.SUCCESS,
          AuditService.Actor.system(),
          "marketplace",
          marketplace.id().toString(),
          null,
          "published");
    } else {
      marketplace.reactivate(now);
    }
    String ownerEmail = EmailAddresses.normalize(published.owner().email());
    int removed = 0;
    MarketplaceUser owner = null;
    for (MarketplaceUser user : users.ofMarketplace(marketplace.id())) {
      if (user.email().equals(ownerEmail) && user.role() == UserRole.OWNER) {
        owner = user;
      } else {
        users.remove(user);
        removed++;
      }
    }
    if (owner == null) {
      if (users.findByEmail(ownerEmail).isPresent()) {
        throw new IllegalStateException(ownerEmail + " is a user of another marketplace");
      }
      users.add(
          new MarketplaceUser(
              marketplace.id(),
              ownerEmail,
              passwords.hash(published.owner().password()),
              published.owner().firstName(),
              published.owner().lastName(),
              UserRole.OWNER,
              now));
    } else if (!passwords.matches(published.owner().password(), owner.passwordHash())) {
      owner.changePassword(passwords.hash(published.owner().password()));
    }
    return new Ensured(marketplace, created, removed);
  }
}
