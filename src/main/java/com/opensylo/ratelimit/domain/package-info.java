/**
 * The rate-limit rule as pure values: windows aligned to the epoch, what a request finds in them,
 * the decision and which window its headers report; and the port to the shared counts.
 */
package com.opensylo.ratelimit.domain;
