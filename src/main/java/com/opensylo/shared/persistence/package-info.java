/**
 * Persistence plumbing every feature uses: schema management (Flyway applies {@code db/migration}
 * while Hibernate boots, before it validates the entities, and records the outcome for the
 * readiness check); a violated unique or foreign key becomes a {@code ConstraintConflict} (or a 409
 * through {@code ConstraintConflicts}); single-row reads ({@code Queries}); {@code IN} lists whose
 * query plans Hibernate caches ({@code InLists}); the one-row lock tables that serialise work
 * across nodes ({@code LockRows}); the JPA converter that stores a string list one item a line
 * ({@code StringListConverter}); time-ordered ids for rows only ever appended ({@code
 * TimeOrderedIds}); and what a database outage looks like ({@code DatabaseFailure}: unreachable,
 * contention, unknown commit outcome) and how it is logged once per outage ({@code
 * DatabaseOutage}).
 */
package com.opensylo.shared.persistence;
