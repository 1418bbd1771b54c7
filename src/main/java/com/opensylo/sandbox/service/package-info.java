/**
 * Sandbox settings, the seeder of the published world, the reset (run once per slot across nodes)
 * and its scheduler on the managed executor, the tier profiles and the score simulation.
 */
package com.opensylo.sandbox.service;
