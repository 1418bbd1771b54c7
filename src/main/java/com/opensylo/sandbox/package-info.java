/**
 * The sandbox (SPEC §10): the published world of public test credentials and tier merchants ({@code
 * domain}), its seeding at start-up and its daily reset, each once across nodes under the {@code
 * sandbox_state} lock ({@code service}, {@code persistence}), the simulated tier scores (an
 * implementation of the merchant feature's {@code ScoreSimulation} port), and the public {@code
 * /sandbox/*} endpoints ({@code api}). It orchestrates; each feature erases and publishes its own
 * tables.
 */
package com.opensylo.sandbox;
