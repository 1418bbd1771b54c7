package com.opensylo.loan.domain;

/** What a ledger entry records. */
public enum EntryType {
  /** A repayment taken from a sale: a positive amount. */
  DEDUCTION,
  /** A deduction given back: its amount, negative. */
  REVERSAL
}
