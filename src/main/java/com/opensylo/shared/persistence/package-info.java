/**
 * Schema management: Flyway applies the migrations in {@code db/migration} while Hibernate boots,
 * before it validates the entities, and records the outcome for the readiness check.
 */
package com.opensylo.shared.persistence;
