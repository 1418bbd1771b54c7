/**
 * Marketplace domain: the marketplace with its webhook settings, its dashboard users and their
 * roles.
 */
package com.opensylo.marketplace.domain;
