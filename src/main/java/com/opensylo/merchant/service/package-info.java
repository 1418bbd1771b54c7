/**
 * Services behind the partner data API: ingestion of merchant data (validation, consent, binding,
 * idempotent storage, scoring), the latest credit score, the credit model in use, and integration
 * health.
 */
package com.opensylo.merchant.service;
