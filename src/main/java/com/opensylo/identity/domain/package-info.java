/**
 * Identity domain: OAuth clients and their hashed secrets, signing keys, merchant accounts, and the
 * grants, authorization codes and refresh tokens of the authorization server (SPEC §4, §5).
 */
package com.opensylo.identity.domain;
