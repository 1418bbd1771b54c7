package com.opensylo.loan.domain;

/** A transition the loan's current status does not allow; the service answers 409 naming it. */
public class LoanStateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final LoanStatus current;

  LoanStateException(LoanStatus current, String action, String allowed) {
    super("The loan is " + current + "; it can be " + action + " only when it is " + allowed + ".");
    this.current = current;
  }

  public LoanStatus current() {
    return current;
  }
}
