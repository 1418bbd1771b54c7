/**
 * Persistence plumbing every feature uses: Flyway applies the migrations in {@code db/migration}
 * while Hibernate boots and records the outcome for the readiness check; a violated constraint
 * becomes a {@link com.opensylo.shared.persistence.ConstraintConflict}; single-row reads; the
 * string-list column converter.
 */
package com.opensylo.shared.persistence;
