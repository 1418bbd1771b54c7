/**
 * The Marketplace Dashboard API (SPEC §3): sign-in with a dashboard JWT, credentials, webhooks,
 * users.
 */
package com.opensylo.dashboard;
