/**
 * Dashboard endpoints (camelCase bodies). {@link com.opensylo.dashboard.api.DashboardAccessFilter}
 * admits only dashboard JWTs of a current user of an ACTIVE marketplace, with the role the endpoint
 * names.
 */
package com.opensylo.dashboard.api;
