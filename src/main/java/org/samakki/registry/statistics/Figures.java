package org.samakki.registry.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * The registry's published figures on a day, small cells suppressed: workers (distinct persons,
 * merged duplicates counted once) against registrations and pairs still awaiting review; workers by
 * status, nationality, sector, province of work and registration channel; irregular workers by
 * reason; workers whose next deadline falls in each of the next 12 months; and workers who became
 * irregular in each of the last 12 months, with why. A key is absent (null) when not recorded.
 */
public record Figures(
    LocalDate asOf,
    StatisticsFilter filter,
    int minimumCell,
    Cell total,
    Cell registrations,
    Cell possibleDuplicates,
    List<Cell> byStatus,
    List<Cell> byNationality,
    List<Cell> bySector,
    List<Cell> byProvince,
    List<Cell> byChannel,
    List<Cell> irregularByReason,
    List<Cell> expiringByMonth,
    List<MonthEntries> becameIrregularByMonth) {

  public Figures {
    byStatus = List.copyOf(byStatus);
    byNationality = List.copyOf(byNationality);
    bySector = List.copyOf(bySector);
    byProvince = List.copyOf(byProvince);
    byChannel = List.copyOf(byChannel);
    irregularByReason = List.copyOf(irregularByReason);
    expiringByMonth = List.copyOf(expiringByMonth);
    becameIrregularByMonth = List.copyOf(becameIrregularByMonth);
  }
}
