/**
 * Marketplace services: onboarding in one transaction (with its rules), listing, suspension and
 * reactivation, the dashboard users of a marketplace, and the feature's error catalogue.
 */
package com.opensylo.marketplace.service;
