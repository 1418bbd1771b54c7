package com.opensylo.loan.domain;

/**
 * What the loan feature announces when a loan changes status (events as a port: this feature owns
 * the interface and knows none of its implementations; {@code webhook} implements it by writing the
 * outbox). Each announcement runs inside the transaction of the change, after the change is
 * flushed, so the event carries the loan's new version and a failing listener rolls the change
 * back.
 */
public interface LoanEvents {

  /**
   * {@code loan} just took the transition {@code event} ({@code loan.approved}, {@code
   * loan.disbursed}, {@code loan.completed}, {@code loan.cancelled}, {@code loan.defaulted}, {@code
   * loan.written_off}).
   *
   * @param marketplaceName the marketplace's platform name, for the envelope
   */
  void announce(String event, Loan loan, String marketplaceName);
}
