/**
 * Shared test fixtures: the deployment, the test signing key, token minting and error-shape
 * assertions.
 */
package com.opensylo.testsupport;
