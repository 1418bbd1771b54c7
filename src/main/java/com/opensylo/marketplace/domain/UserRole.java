package com.opensylo.marketplace.domain;

/** What a marketplace user may do in the dashboard (SPEC §3). */
public enum UserRole {
  /**
   * Created with the marketplace; manages users, credentials and webhooks. Exactly one per
   * marketplace.
   */
  OWNER,
  /** Manages credentials and webhooks. */
  ADMIN,
  /** Reads credentials, webhook settings and deliveries; changes nothing. */
  DEVELOPER
}
