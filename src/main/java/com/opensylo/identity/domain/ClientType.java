package com.opensylo.identity.domain;

import java.util.Locale;

/**
 * RFC 6749 client types: confidential clients hold a secret, public clients (SPAs, apps) cannot.
 */
public enum ClientType {
  CONFIDENTIAL,
  PUBLIC;

  /** The lower-case name used on the wire ({@code "confidential"}). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
