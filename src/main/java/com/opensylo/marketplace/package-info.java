/**
 * Marketplaces (partners): onboarding by operators, their dashboard users and roles, suspension
 * (SPEC §3, §5).
 */
package com.opensylo.marketplace;
