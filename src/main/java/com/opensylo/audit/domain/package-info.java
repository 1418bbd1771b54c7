/** Audit events and their repository contract. An event never holds a secret, password or token. */
package com.opensylo.audit.domain;
