/**
 * Dashboard services: sign-in ({@code DashboardLoginService} checks the password outside any
 * transaction, {@code DashboardSignInSteps} does the transactional steps around it with the sign-in
 * throttle), the dashboard JWT ({@code DashboardTokens}), logout and password change, the OWNER
 * adding users, the dashboard's configuration and its error catalogue ({@code DashboardErrors}).
 * Users and marketplaces are read and written through the marketplace feature's services.
 */
package com.opensylo.dashboard.service;
