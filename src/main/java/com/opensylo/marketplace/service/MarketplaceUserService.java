package com.opensylo.marketplace.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.domain.MarketplaceRepository;
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
import java.util.Optional;
import java.util.UUID;

/**
 * The users of a marketplace: who is calling the dashboard, and the owner adding and removing
 * users.
 */
@ApplicationScoped
public class MarketplaceUserService {

  @Inject MarketplaceUserRepository users;
  @Inject MarketplaceRepository marketplaces;
  @Inject PasswordHasher passwords;
  @Inject AuditService audit;
  @Inject Clock clock;

  /**
   * A signed-in dashboard user and their marketplace, as read from the database for this request.
   */
  public record Member(MarketplaceUser user, Marketplace marketplace) {}

  /**
   * The user {@code userId} of marketplace {@code marketplaceId}, if both still exist and belong
   * together (a removed user's dashboard token stops working at its next request).
   */
  @Transactional
  public Optional<Member> member(UUID userId, UUID marketplaceId) {
    return users
        .findById(userId)
        .filter(u -> u.belongsTo(marketplaceId))
        .flatMap(u -> marketplaces.findById(marketplaceId).map(m -> new Member(u, m)));
  }

  /** The dashboard user signing in as {@code normalizedEmail}, if there is one. */
  @Transactional
  public Optional<MarketplaceUser> findByEmail(String normalizedEmail) {
    return users.findByEmail(normalizedEmail);
  }

  /**
   * The user {@code userId} with their marketplace, the user's row locked until the transaction
   * ends (a sign-in's outcome is decided on it, in the caller's transaction).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Member> lockMember(UUID userId) {
    return users
        .findByIdForUpdate(userId)
        .flatMap(u -> marketplaces.findById(u.marketplaceId()).map(m -> new Member(u, m)));
  }

  /**
   * Records a successful dashboard sign-in of {@code user} (read by {@link #lockMember}) at {@code
   * at}, and stores {@code password} hashed again when its stored hash was made at an older cost.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordSignIn(MarketplaceUser user, String password, Instant at) {
    user.recordSuccessfulLogin(at);
    if (passwords.needsRehash(user.passwordHash())) {
      user.rehashPassword(passwords.hash(password));
    }
  }

  @Transactional
  public List<MarketplaceUser> list(UUID marketplaceId) {
    return users.ofMarketplace(marketplaceId);
  }

  /**
   * Adds an ADMIN or DEVELOPER (a marketplace has exactly one OWNER). 409 {@code EMAIL_TAKEN} when
   * the email is taken anywhere, with the same message and cost whether here or elsewhere.
   */
  @Transactional
  public MarketplaceUser add(
      UUID marketplaceId,
      MarketplaceService.NewUser request,
      AuditService.Actor actor,
      String source) {
    if (request.role() == UserRole.OWNER) {
      throw MarketplaceErrors.ownerExists();
    }
    String email = EmailAddresses.normalize(request.email());
    // hashed before the look-up, so a taken email costs as long to answer as a new user
    String passwordHash = passwords.hash(request.password());
    if (users.findByEmail(email).isPresent()) {
      // one answer whether the email is taken here or in another marketplace (L8)
      throw MarketplaceErrors.emailTaken();
    }
    MarketplaceUser user =
        new MarketplaceUser(
            marketplaceId,
            email,
            passwordHash,
            request.firstName(),
            request.lastName(),
            request.role(),
            Instant.now(clock));
    try {
      users.add(user);
    } catch (ConstraintConflict taken) {
      throw MarketplaceErrors.emailTaken();
    }
    audit.record(
        "marketplace_user.added",
        AuditEvent.Outcome.SUCCESS,
        actor,
        "marketplace_user",
        user.id().toString(),
        source,
        "role=" + user.role());
    return user;
  }

  /**
   * Stores the user's new password (already hashed) and bumps their token version, which ends every
   * dashboard JWT issued to them before, on every node.
   */
  @Transactional
  public void changePassword(UUID userId, String newHash, String source) {
    MarketplaceUser user =
        users.findByIdForUpdate(userId).orElseThrow(MarketplaceErrors::userNotFound);
    user.changePassword(newHash);
    audit.record(
        "marketplace_user.password_changed",
        AuditEvent.Outcome.SUCCESS,
        new AuditService.Actor("marketplace_user", userId.toString()),
        "marketplace_user",
        userId.toString(),
        source,
        "every older dashboard token ended");
  }

  /** Removes a user of this marketplace; 404 for anyone else's, 422 for the OWNER. */
  @Transactional
  public void remove(UUID marketplaceId, UUID userId, AuditService.Actor actor, String source) {
    MarketplaceUser user =
        users
            .findById(userId)
            .filter(u -> u.belongsTo(marketplaceId))
            .orElseThrow(MarketplaceErrors::userNotFound);
    if (user.role() == UserRole.OWNER) {
      throw MarketplaceErrors.ownerRequired();
    }
    users.remove(user);
    audit.record(
        "marketplace_user.removed",
        AuditEvent.Outcome.SUCCESS,
        actor,
        "marketplace_user",
        userId.toString(),
        source,
        null);
  }
}
