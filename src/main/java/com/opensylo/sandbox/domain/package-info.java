/**
 * The published sandbox world: the sandbox marketplace's public credentials and the five test
 * merchants, one per tier (SPEC §10).
 */
package com.opensylo.sandbox.domain;
