package com.opensylo.identity.domain;

/** Where a client's tokens are valid and how long they live (sandbox tokens: 7 days). */
public enum ClientEnvironment {
  PRODUCTION,
  SANDBOX
}
