/** Recording audit events, in the caller's transaction when there is one. */
package com.opensylo.audit.service;
