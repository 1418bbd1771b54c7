/** The sandbox's own state rows (the seed/reset lock and the reset runs), in plain SQL. */
package com.opensylo.sandbox.persistence;
