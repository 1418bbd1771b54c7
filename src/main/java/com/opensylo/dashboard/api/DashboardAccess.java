package com.opensylo.dashboard.api;

import com.opensylo.marketplace.domain.UserRole;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a dashboard endpoint: it needs a dashboard JWT of a current user of an ACTIVE marketplace
 * with one of {@link #value()} (all roles by default). Enforced by {@link DashboardAccessFilter}; a
 * method's annotation wins over its class's.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface DashboardAccess {

  UserRole[] value() default {UserRole.OWNER, UserRole.ADMIN, UserRole.DEVELOPER};
}
