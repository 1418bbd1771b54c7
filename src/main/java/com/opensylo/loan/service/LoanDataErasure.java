package com.opensylo.loan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Removes a marketplace's whole lending history: loans, ledger entries, settlements and their
 * allocations, deduction claims and recorded discrepancies. Only the sandbox reset does this (SPEC
 * §10: sandbox data is reset daily); ledger entries are otherwise never deleted or changed, and
 * nothing in the API reaches this. Inside the caller's transaction.
 */
@ApplicationScoped
public class LoanDataErasure {

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  /** Every lending row of the marketplace, children first; how many rows. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int erase(UUID marketplaceId) {
    String id = marketplaceId.toString();
    int removed =
        delete(
            "DELETE FROM settlement_allocation WHERE settlement_id IN"
                + " (SELECT id FROM settlement WHERE marketplace_id = ?1)",
            id);
    removed +=
        delete(
            "DELETE FROM settlement_allocation WHERE entry_id IN"
                + " (SELECT id FROM loan_ledger_entry WHERE marketplace_id = ?1)",
            id);
    removed +=
        delete(
            "DELETE FROM deduction_claim WHERE entry_id IN"
                + " (SELECT id FROM loan_ledger_entry WHERE marketplace_id = ?1)",
            id);
    removed += delete("DELETE FROM balance_discrepancy WHERE marketplace_id = ?1", id);
    removed += delete("DELETE FROM loan_ledger_entry WHERE marketplace_id = ?1", id);
    removed += delete("DELETE FROM settlement WHERE marketplace_id = ?1", id);
    removed += delete("DELETE FROM loan WHERE marketplace_id = ?1", id);
    return removed;
  }

  private int delete(String sql, String marketplaceId) {
    return em.createNativeQuery(sql).setParameter(1, marketplaceId).executeUpdate();
  }
}
