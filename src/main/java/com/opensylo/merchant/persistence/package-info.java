/** JPA storage of merchant links and submissions; writes in JDBC batches. */
package com.opensylo.merchant.persistence;
