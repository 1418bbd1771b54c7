/**
 * Marketplace services: onboarding in one transaction, suspension, users, and dashboard sign-in
 * with lockout.
 */
package com.opensylo.marketplace.service;
