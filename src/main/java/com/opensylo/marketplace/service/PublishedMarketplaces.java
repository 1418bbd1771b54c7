package com.opensylo.marketplace.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.ClientEnvironment;
import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.domain.MarketplaceRepository;
import com.opensylo.marketplace.domain.MarketplaceUser;
import com.opensylo.marketplace.domain.MarketplaceUserRepository;
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
 * §10): fixed id, platform name and one dashboard user with a published password, created if
 * missing and otherwise put back to exactly that. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class PublishedMarketplaces {

  @Inject MarketplaceRepository marketplaces;
  @Inject MarketplaceUserRepository users;
  @Inject PasswordHasher passwords;
  @Inject MarketplaceEvents events;
  @Inject AuditService audit;
  @Inject Clock clock;

  /** What is published about the marketplace; {@code user} is its one published dashboard user. */
  public record Published(
      UUID id,
      String platformName,
      String displayName,
      String currency,
      ClientEnvironment environment,
      UUID clientPk,
      MarketplaceService.NewUser user) {}

  /** The marketplace as published, and how many dashboard users that removed. */
  public record Ensured(Marketplace marketplace, boolean created, int removedUsers) {}

  /**
   * The marketplace, ACTIVE, with its published user (its password put back if it differs); with
   * {@code removeOthers} (the reset) every other dashboard user is removed, otherwise they stay.
   *
   * @throws IllegalStateException when the id is another environment's marketplace or the user's
   *     email belongs to another marketplace (nothing real is ever taken over)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Ensured ensure(Published published, boolean removeOthers) {
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
    } else if (marketplace.environment() != published.environment()
        || !marketplace.clientPk().equals(published.clientPk())) {
      throw new IllegalStateException(published.id() + " is not the published marketplace");
    } else {
      marketplace.reactivate(now);
    }
    String email = EmailAddresses.normalize(published.user().email());
    int removed = 0;
    MarketplaceUser user = null;
    for (MarketplaceUser existing : users.ofMarketplace(marketplace.id())) {
      if (existing.email().equals(email) && existing.isPublished()) {
        user = existing;
      } else if (removeOthers) {
        users.remove(existing);
        removed++;
      }
    }
    if (user == null) {
      if (users.findByEmail(email).isPresent()) {
        throw new IllegalStateException(email + " is a user of another marketplace");
      }
      users.add(
          MarketplaceUser.published(
              marketplace.id(),
              email,
              passwords.hash(published.user().password()),
              published.user().firstName(),
              published.user().lastName(),
              published.user().role(),
              now));
    } else if (!passwords.matches(published.user().password(), user.passwordHash())) {
      user.changePassword(passwords.hash(published.user().password()));
    }
    return new Ensured(marketplace, created, removed);
  }

  /**
   * The published marketplace SUSPENDED, if it exists (the sandbox turned off): its dashboard
   * sign-in answers 403; the caller also suspends its client. Whether it was there.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean suspend(UUID id) {
    return marketplaces
        .findByIdForUpdate(id)
        .map(
            m -> {
              m.suspend(Instant.now(clock));
              return true;
            })
        .orElse(false);
  }
}
