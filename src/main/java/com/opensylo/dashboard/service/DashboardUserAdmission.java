package com.opensylo.dashboard.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.service.SignInThrottle;
import com.opensylo.marketplace.domain.MarketplaceUser;
import com.opensylo.marketplace.service.MarketplaceErrors;
import com.opensylo.marketplace.service.MarketplaceService;
import com.opensylo.marketplace.service.MarketplaceUserService;
import com.opensylo.shared.error.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The OWNER adding a dashboard user. Emails are unique across marketplaces (they are the login
 * name), so a taken email must be refused; the refusal says the same whether the email is used here
 * or by another marketplace, costs the same as a success, and is throttled per marketplace and
 * address ({@value #THROTTLE_REALM}: 5 refusals lock adding for 15 minutes), so the answer cannot
 * be used to list other marketplaces' users. Not transactional: the refusal's count and audit
 * commit although the add rolls back.
 */
@ApplicationScoped
public class DashboardUserAdmission {

  /** The throttle realm counting refused adds, keyed by marketplace id and source address. */
  public static final String THROTTLE_REALM = "dashboard_user_add";

  private static final SignInThrottle.Limit LIMIT =
      new SignInThrottle.Limit(5, Duration.ofMinutes(15));

  @Inject MarketplaceUserService users;
  @Inject SignInThrottle throttle;
  @Inject AuditService audit;

  public MarketplaceUser add(
      UUID marketplaceId,
      MarketplaceService.NewUser request,
      AuditService.Actor actor,
      String source) {
    String account = marketplaceId.toString();
    Optional<Duration> locked = throttle.lockedFor(THROTTLE_REALM, account, source);
    if (locked.isPresent()) {
      throw DashboardErrors.tooManyAdditions(locked.get());
    }
    try {
      return users.add(marketplaceId, request, actor, source);
    } catch (ConflictException e) {
      if (!MarketplaceErrors.isEmailTaken(e)) {
        throw e;
      }
      throttle.recordFailure(THROTTLE_REALM, account, source, LIMIT);
      audit.record(
          "marketplace_user.add_refused",
          AuditEvent.Outcome.FAILURE,
          actor,
          "marketplace",
          account,
          source,
          "email already in use");
      throw MarketplaceErrors.emailTaken();
    }
  }
}
