/**
 * Marketplace services: onboarding in one transaction (with the client registration rules in the
 * onboarding body's field names), listing, suspension and reactivation ({@code
 * MarketplaceService}); the dashboard users of a marketplace, including what a dashboard sign-in
 * reads and records ({@code MarketplaceUserService}); and {@code MarketplaceEvents}, the port
 * through which the feature announces onboarding to the features that keep something per
 * marketplace (webhook implements it); the feature's error catalogue ({@code MarketplaceErrors})
 * and onboarding rules ({@code OnboardingRules}). Dashboard sign-in itself lives in the dashboard
 * feature.
 */
package com.opensylo.marketplace.service;
