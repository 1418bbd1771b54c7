/** JPA repositories of the identity feature. */
package com.opensylo.identity.persistence;
