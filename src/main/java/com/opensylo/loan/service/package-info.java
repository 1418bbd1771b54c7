/**
 * The loan feature's rules and transactions: origination and transitions ({@link
 * com.opensylo.loan.service.LoanOrigination}), the ledger ({@link
 * com.opensylo.loan.service.Repayments}, {@link com.opensylo.loan.service.Settlements}), the
 * partner reads ({@link com.opensylo.loan.service.PartnerLoans}) and the invariant check ({@link
 * com.opensylo.loan.service.LedgerInvariants}).
 */
package com.opensylo.loan.service;
