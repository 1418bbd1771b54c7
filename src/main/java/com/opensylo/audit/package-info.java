/**
 * The security audit trail: who did what to which target, when, from where, and with what outcome.
 */
package com.opensylo.audit;
