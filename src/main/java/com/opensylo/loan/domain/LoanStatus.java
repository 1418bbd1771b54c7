package com.opensylo.loan.domain;

/**
 * Where a loan is (SPEC §7): {@code APPROVED → ACTIVE → COMPLETED}, with the side exits {@code
 * CANCELLED} (before disbursement), {@code DEFAULTED} and {@code WRITTEN_OFF}. Only an ACTIVE loan
 * takes deductions.
 */
public enum LoanStatus {
  APPROVED,
  ACTIVE,
  COMPLETED,
  CANCELLED,
  DEFAULTED,
  WRITTEN_OFF
}
