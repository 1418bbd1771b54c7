package com.opensylo.scoring.profile;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * SPEC §6 {@code revenueConsistency}. The months are kept in calendar order whatever order they
 * came in, so the model's arithmetic (and so its result) never depends on the order of the request.
 */
public record RevenueConsistency(
    List<MonthlyRevenue> monthlyRevenue,
    int activeSalesDaysLast30,
    int zeroSalesDaysLast90,
    int monthsWithSales) {

  public RevenueConsistency {
    monthlyRevenue =
        List.copyOf(monthlyRevenue).stream()
            .sorted(Comparator.comparing(MonthlyRevenue::month))
            .toList();
    if (new HashSet<>(monthlyRevenue.stream().map(MonthlyRevenue::month).toList()).size()
        != monthlyRevenue.size()) {
      throw new IllegalArgumentException("monthlyRevenue months must be unique");
    }
    Checks.count(activeSalesDaysLast30, "activeSalesDaysLast30");
    Checks.count(zeroSalesDaysLast90, "zeroSalesDaysLast90");
    Checks.count(monthsWithSales, "monthsWithSales");
  }
}
