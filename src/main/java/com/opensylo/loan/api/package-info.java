/**
 * The loan feature's HTTP API: operators' {@code /v1/admin/loans} and {@code
 * /v1/admin/reconciliation}, and the partner Loan API {@code /api/v1/marketplace/loans} (bearer
 * with {@code repayment.report}), camelCase bodies except the reconciliation list (snake_case, like
 * its filters).
 */
package com.opensylo.loan.api;
