/** The operators' marketplace admin API ({@code /v1/admin/marketplaces}, camelCase bodies). */
package com.opensylo.marketplace.api;
