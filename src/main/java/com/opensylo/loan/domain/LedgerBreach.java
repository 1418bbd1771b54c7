package com.opensylo.loan.domain;

/**
 * One breach of a ledger invariant.
 *
 * @param rule which invariant ({@code TOTAL_PAID_IS_SUM_OF_ENTRIES}, …)
 * @param subject the loan, deduction or settlement it is about
 * @param detail what was found
 */
public record LedgerBreach(String rule, String subject, String detail) {}
