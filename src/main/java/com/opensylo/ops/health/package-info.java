/**
 * MicroProfile Health checks: liveness of the JVM; readiness of the database, the schema and the
 * credit model's scorecard.
 */
package com.opensylo.ops.health;
