/** JPA implementations of the marketplace repositories. */
package com.opensylo.marketplace.persistence;
