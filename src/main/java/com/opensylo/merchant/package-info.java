/**
 * Merchant data ingestion for marketplaces (SPEC §6): merchants linked to marketplaces by their
 * consent, submissions validated, scored by the credit model and kept as history, the latest score,
 * and the integration health check.
 */
package com.opensylo.merchant;
