/**
 * Unit tests of the credit model: a table of hand-worked profiles, explanations, and property tests
 * of the model's guarantees on seeded generated profiles.
 */
package com.opensylo.scoring;
