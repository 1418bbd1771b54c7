/**
 * The sandbox: a self-service test environment with public test credentials and merchants (SPEC
 * §10).
 */
package com.opensylo.sandbox;
