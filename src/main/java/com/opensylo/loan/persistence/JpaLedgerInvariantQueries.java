package com.opensylo.loan.persistence;

import com.opensylo.loan.domain.LedgerBreach;
import com.opensylo.loan.domain.LedgerInvariantQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * {@link LedgerInvariantQueries} in SQL over the tables themselves (not the entities), so the check
 * sees what is stored and not what a persistence context believes.
 */
@ApplicationScoped
public class JpaLedgerInvariantQueries implements LedgerInvariantQueries {

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public long loans() {
    return count("select count(*) from loan");
  }

  @Override
  public long entries() {
    return count("select count(*) from loan_ledger_entry");
  }

  @Override
  public List<LedgerBreach> totalPaidIsSumOfEntries() {
    return breaches(
        "TOTAL_PAID_IS_SUM_OF_ENTRIES",
        "select l.reference, concat('total_paid ', l.total_paid, ' but the entries add up to ',"
            + " coalesce(sum(e.amount), 0)) from loan l left join loan_ledger_entry e on e.loan_id"
            + " = l.id group by l.id, l.reference, l.total_paid having l.total_paid <>"
            + " coalesce(sum(e.amount), 0)");
  }

  @Override
  public List<LedgerBreach> deductionsCounted() {
    return breaches(
        "DEDUCTIONS_COUNT",
        "select l.reference, concat('deductions_count ', l.deductions_count, ' but ',"
            + " coalesce(sum(case when e.entry_type = 'DEDUCTION' then 1 when e.entry_type ="
            + " 'REVERSAL' then -1 else 0 end), 0), ' in the ledger') from loan l left join"
            + " loan_ledger_entry e on e.loan_id = l.id group by l.id, l.reference,"
            + " l.deductions_count having l.deductions_count <> coalesce(sum(case when"
            + " e.entry_type = 'DEDUCTION' then 1 when e.entry_type = 'REVERSAL' then -1 else 0"
            + " end), 0)");
  }

  @Override
  public List<LedgerBreach> outstandingIsNeverNegative() {
    return breaches(
        "OUTSTANDING_NOT_NEGATIVE",
        "select reference, concat('total_repayable ', total_repayable, ', total_paid ',"
            + " total_paid) from loan where total_repayable - total_paid < 0 or total_paid < 0");
  }

  @Override
  public List<LedgerBreach> completedExactlyAtZero() {
    return breaches(
        "COMPLETED_AT_ZERO",
        "select reference, concat(status, ' with outstanding ', total_repayable - total_paid)"
            + " from loan where (status = 'COMPLETED' and total_repayable <> total_paid)"
            + " or (status = 'ACTIVE' and total_repayable = total_paid)");
  }

  @Override
  public List<LedgerBreach> reversedAtMostOnce() {
    List<LedgerBreach> found =
        breaches(
            "REVERSED_AT_MOST_ONCE",
            "select reverses_entry_id, concat(count(*), ' reversals') from loan_ledger_entry"
                + " where reverses_entry_id is not null group by reverses_entry_id having count(*)"
                + " > 1");
    found.addAll(
        breaches(
            "REVERSAL_MATCHES_DEDUCTION",
            "select r.id, concat('reverses ', r.reverses_entry_id, ' with ', r.amount) from"
                + " loan_ledger_entry r left join loan_ledger_entry d on d.id ="
                + " r.reverses_entry_id where r.entry_type = 'REVERSAL' and (d.id is null or"
                + " d.entry_type <> 'DEDUCTION' or d.loan_id <> r.loan_id or d.amount + r.amount"
                + " <> 0)"));
    return found;
  }

  @Override
  public List<LedgerBreach> settledAtMostOnce() {
    List<LedgerBreach> found =
        breaches(
            "SETTLED_AT_MOST_ONCE",
            "select entry_id, concat(count(*), ' settlements') from settlement_allocation group by"
                + " entry_id having count(*) > 1");
    found.addAll(
        breaches(
            "REVERSED_OR_SETTLED",
            "select a.entry_id, 'settled and reversed' from settlement_allocation a join"
                + " loan_ledger_entry r on r.reverses_entry_id = a.entry_id"));
    found.addAll(
        breaches(
            "ALLOCATION_MATCHES_DEDUCTION",
            "select a.entry_id, concat('allocated ', a.amount, ' of a deduction of ',"
                + " coalesce(d.amount, 0)) from settlement_allocation a left join loan_ledger_entry"
                + " d on d.id = a.entry_id where d.id is null or d.entry_type <> 'DEDUCTION' or"
                + " d.amount <> a.amount"));
    return found;
  }

  @Override
  public List<LedgerBreach> entrySigns() {
    return breaches(
        "ENTRY_SIGN",
        "select id, concat(entry_type, ' of ', amount) from loan_ledger_entry where"
            + " (entry_type = 'DEDUCTION' and amount <= 0) or (entry_type = 'REVERSAL' and amount"
            + " >= 0)");
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  @SuppressWarnings("unchecked")
  private List<LedgerBreach> breaches(String rule, String sql) {
    List<Object[]> rows = em.createNativeQuery(sql).setMaxResults(1000).getResultList();
    return new java.util.ArrayList<>(
        rows.stream()
            .map(row -> new LedgerBreach(rule, String.valueOf(row[0]), String.valueOf(row[1])))
            .toList());
  }
}
