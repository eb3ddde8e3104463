package org.samakki.registry.statistics;

import java.util.List;

/**
 * Workers who became irregular in one month (from regular, expiring or grace), and why; a worker
 * with two reasons counts under both, so the reasons may add up to more than the workers.
 */
public record MonthEntries(String month, Cell workers, List<Cell> reasons) {

  public MonthEntries {
    reasons = List.copyOf(reasons);
  }
}
