package com.opensylo.dashboard.api;

import com.opensylo.marketplace.domain.MarketplaceUser;

/** A dashboard user as the dashboard shows it; never the password hash. */
public record UserSummary(String id, String email, String firstName, String lastName, String role) {

  static UserSummary of(MarketplaceUser u) {
    return new UserSummary(
        u.id().toString(), u.email(), u.firstName(), u.lastName(), u.role().name());
  }
}
