/**
 * Identity services: client administration and secret rotation, token issuance and revocation, the
 * authorization-code flow, signing keys, and the hashing of secrets and passwords.
 */
package com.opensylo.identity.service;
