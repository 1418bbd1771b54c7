package com.opensylo.loan.service;

import com.opensylo.shared.persistence.SandboxOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Removes a SANDBOX marketplace's whole lending history: loans, ledger entries, settlements and
 * their allocations, deduction claims and recorded discrepancies. Only the sandbox reset does this
 * (SPEC §10: sandbox data is reset daily); ledger entries are otherwise never deleted or changed,
 * nothing in the API reaches this, and a production marketplace is refused ({@link SandboxOnly}).
 * Inside the caller's transaction.
 */
@ApplicationScoped
public class LoanDataErasure {

  /** Ids deleted per statement. */
  private static final int CHUNK = 500;

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  /**
   * Every lending row of the marketplace, children first; how many rows. The marketplace's loans
   * are locked first, as a repayment locks its loan before writing the ledger, so live traffic
   * waits for the reset instead of deadlocking with it; child rows are found by id first, so no
   * statement scans another marketplace's rows through a subquery.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int erase(UUID marketplaceId) {
    SandboxOnly.require(em, marketplaceId);
    String id = marketplaceId.toString();
    em.createNativeQuery("SELECT id FROM loan WHERE marketplace_id = ?1 FOR UPDATE")
        .setParameter(1, id)
        .getResultList();
    List<String> entries = ids("SELECT id FROM loan_ledger_entry WHERE marketplace_id = ?1", id);
    List<String> settlements = ids("SELECT id FROM settlement WHERE marketplace_id = ?1", id);
    int removed = deleteIn("DELETE FROM settlement_allocation WHERE settlement_id IN", settlements);
    removed += deleteIn("DELETE FROM settlement_allocation WHERE entry_id IN", entries);
    removed += deleteIn("DELETE FROM deduction_claim WHERE entry_id IN", entries);
    removed += delete("DELETE FROM balance_discrepancy WHERE marketplace_id = ?1", id);
    removed += delete("DELETE FROM loan_ledger_entry WHERE marketplace_id = ?1", id);
    removed += delete("DELETE FROM settlement WHERE marketplace_id = ?1", id);
    removed += delete("DELETE FROM loan WHERE marketplace_id = ?1", id);
    return removed;
  }

  private List<String> ids(String sql, String marketplaceId) {
    return em.createNativeQuery(sql).setParameter(1, marketplaceId).getResultList().stream()
        .map(String::valueOf)
        .toList();
  }

  private int deleteIn(String sqlPrefix, List<String> ids) {
    int removed = 0;
    for (int from = 0; from < ids.size(); from += CHUNK) {
      removed +=
          em.createNativeQuery(sqlPrefix + " (:ids)")
              .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
              .executeUpdate();
    }
    return removed;
  }

  private int delete(String sql, String marketplaceId) {
    return em.createNativeQuery(sql).setParameter(1, marketplaceId).executeUpdate();
  }
}
