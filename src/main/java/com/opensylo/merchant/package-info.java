/** Merchant data ingestion for marketplaces (SPEC §6); so far the integration health check. */
package com.opensylo.merchant;
