/**
 * Persistence plumbing every feature uses: schema management (Flyway applies {@code db/migration}
 * while Hibernate boots, before it validates the entities, and records the outcome for the
 * readiness check), turning a unique or foreign-key violation into a 409 ({@code
 * ConstraintConflicts}), and the JPA converter that stores a string list one item a line ({@code
 * StringListConverter}).
 */
package com.opensylo.shared.persistence;
