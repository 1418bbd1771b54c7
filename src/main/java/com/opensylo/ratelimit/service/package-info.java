/**
 * Which limits apply to a client (its environment, the configured limits), the atomic check and
 * increment, and the pruning of ended windows.
 */
package com.opensylo.ratelimit.service;
