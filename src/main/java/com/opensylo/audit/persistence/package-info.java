/** JPA storage of audit events. */
package com.opensylo.audit.persistence;
