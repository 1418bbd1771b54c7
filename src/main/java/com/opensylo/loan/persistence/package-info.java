/** JPA implementations of the loan feature's repositories. */
package com.opensylo.loan.persistence;
