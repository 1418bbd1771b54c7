package com.opensylo.dashboard.api;

import com.opensylo.dashboard.service.DashboardErrors;
import com.opensylo.dashboard.service.DashboardSettings;
import com.opensylo.dashboard.service.DashboardTokens;
import com.opensylo.identity.service.AccessTokenDenylist;
import com.opensylo.marketplace.domain.UserRole;
import com.opensylo.marketplace.service.MarketplaceUserService;
import com.opensylo.shared.error.ApiErrors;
import com.opensylo.shared.error.ErrorCode;
import com.opensylo.shared.web.ResourceAnnotations;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Guards {@link DashboardAccess} endpoints. MicroProfile JWT has verified the token's signature,
 * issuer and expiry; this filter admits it only if it is a dashboard JWT (its audience; a partner
 * access token is refused with 401), it was not ended by a logout or by a later password change of
 * its user (401), its user still exists in that marketplace (401 otherwise), the marketplace is
 * ACTIVE (403) and the user has a role the endpoint allows (403). The user and role are read from
 * the database on every request, not trusted from the token.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class DashboardAccessFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  @Inject MarketplaceUserService users;
  @Inject DashboardSettings settings;
  @Inject DashboardCaller caller;
  @Inject Clock clock;
  @Inject AccessTokenDenylist denylist;

  @Override
  public void filter(ContainerRequestContext request) {
    DashboardAccess access = ResourceAnnotations.find(resource, DashboardAccess.class);
    if (access == null) {
      return;
    }
    Optional<MarketplaceUserService.Member> member = member(request);
    if (member.isEmpty()) {
      request.abortWith(
          ApiErrors.refusal(
              request,
              401,
              ErrorCode.UNAUTHORIZED,
              "A valid dashboard token is required: sign in first.",
              "Bearer error=\"invalid_token\"",
              clock));
      return;
    }
    if (!member.get().marketplace().isActive()) {
      throw DashboardErrors.marketplaceSuspended(); // the same answer as at sign-in
    }
    if (!member.get().user().hasAnyRole(access.value())) {
      String roles =
          Arrays.stream(access.value()).map(UserRole::name).collect(Collectors.joining(" or "));
      request.abortWith(
          ApiErrors.refusal(
              request,
              403,
              ErrorCode.FORBIDDEN,
              "This needs the role " + roles + ".",
              null,
              clock));
      return;
    }
    JsonWebToken token = (JsonWebToken) request.getSecurityContext().getUserPrincipal();
    caller.admit(
        member.get(), token.getTokenID(), Instant.ofEpochSecond(token.getExpirationTime()));
  }

  private Optional<MarketplaceUserService.Member> member(ContainerRequestContext request) {
    if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)
        || token.getAudience() == null
        || !token.getAudience().contains(settings.audience())) {
      return Optional.empty();
    }
    Object marketplace = token.getClaim(DashboardTokens.MARKETPLACE_CLAIM);
    if (token.getTokenID() == null || denylist.isRevoked(token.getTokenID())) {
      return Optional.empty(); // logged out
    }
    try {
      long version = version(token.getClaim(DashboardTokens.VERSION_CLAIM));
      return users
          .member(UUID.fromString(token.getSubject()), UUID.fromString(String.valueOf(marketplace)))
          // issued before the user's last password change
          .filter(m -> m.user().tokenVersion() == version);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The token's {@code ver} claim; tokens issued before versions existed count as version 0. */
  private static long version(Object claim) {
    if (claim == null) {
      return 0;
    }
    if (claim instanceof JsonNumber number) {
      return number.longValue();
    }
    if (claim instanceof Number number) {
      return number.longValue();
    }
    return Long.parseLong(claim.toString()); // NumberFormatException is an IllegalArgumentException
  }
}
