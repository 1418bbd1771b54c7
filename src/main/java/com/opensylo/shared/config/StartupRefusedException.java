package com.opensylo.shared.config;

/**
 * The server must not start with the settings it was given (a missing or weak master key, a weak
 * bootstrap admin secret). The message says what the operator must change and never contains a
 * secret; it is logged once, as SEVERE, and stops the application.
 */
public class StartupRefusedException extends IllegalStateException {

  public StartupRefusedException(String message) {
    super(message);
  }

  /** No stack trace: the message is the whole story, and it is about configuration, not code. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
