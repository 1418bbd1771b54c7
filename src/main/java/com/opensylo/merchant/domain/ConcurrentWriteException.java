package com.opensylo.merchant.domain;

/**
 * Another transaction wrote the same link or the same submission first (a unique key), or the
 * database chose this one as a deadlock victim. Not an error of the caller: the unit of work is run
 * again, and then finds what the other one stored (the idempotent answer).
 */
public class ConcurrentWriteException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConcurrentWriteException(Throwable cause) {
    super("concurrent write of the same merchant data", cause);
  }
}
