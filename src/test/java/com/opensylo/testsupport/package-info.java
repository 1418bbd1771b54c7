/**
 * Shared test fixtures: the deployment, the test signing key, token minting, error-shape assertions
 * and the operator's view of {@code /metrics}.
 */
package com.opensylo.testsupport;
