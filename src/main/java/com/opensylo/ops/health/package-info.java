/** MicroProfile Health checks: liveness of the JVM and readiness of the database and schema. */
package com.opensylo.ops.health;
