package com.opensylo.shared.web;

/**
 * Names of the security groups (JWT {@code groups} claim) that resources check with
 * {@code @RolesAllowed}.
 */
public final class Roles {

  /** Operators: the identity admin API and every {@code /v1/admin} endpoint. */
  public static final String ADMIN = "admin";

  private Roles() {}
}
