/**
 * The loan aggregate with its status machine, ledger entries, settlements and allocations,
 * discrepancies, the repositories they are kept in and the {@link
 * com.opensylo.loan.domain.LoanEvents} port.
 */
package com.opensylo.loan.domain;
