package org.samakki.registry.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.samakki.access.AccessControl;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.registry.statistics.Tallies.Count;
import org.samakki.registry.statistics.Tallies.Dimension;
import org.samakki.registry.statistics.Tallies.EntryCount;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's figures as the seed reports publish them, computed live from the workers'
 * statuses: only aggregates leave this service, and only with small cells suppressed.
 */
@Service
public class RegistryStatistics {

  static final String RESOURCE = "registry-statistics";
  static final int MONTHS = 12;

  private final Tallies tallies;
  private final AccessControl access;
  private final AuditTrail audit;
  private final Clock clock;
  private final Suppression suppression;

  RegistryStatistics(
      Tallies tallies,
      AccessControl access,
      AuditTrail audit,
      Clock clock,
      @Value("${samakki.statistics.minimum-cell:5}") int minimumCell) {
    this.tallies = tallies;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
    this.suppression = new Suppression(minimumCell);
  }

  /** Today's figures, narrowed by the filter; the read is audited like any other. */
  @Transactional
  public Figures figures(StatisticsFilter filter) {
    access.require(RESOURCE, "read");
    LocalDate today = LocalDate.now(clock);
    List<Count> statuses = tallies.workersBy(Dimension.STATUS, filter);
    long total = statuses.stream().mapToLong(Count::workers).sum();
    Figures figures =
        new Figures(
            today,
            filter,
            suppression.minimum(),
            suppression.cell(null, total),
            suppression.cell(null, tallies.registrations(filter)),
            suppression.cell(null, tallies.possibleDuplicates(filter)),
            cells(statuses),
            cells(tallies.workersBy(Dimension.NATIONALITY, filter)),
            cells(tallies.workersBy(Dimension.SECTOR, filter)),
            cells(tallies.workersBy(Dimension.PROVINCE, filter)),
            cells(tallies.workersBy(Dimension.CHANNEL, filter)),
            cells(tallies.reasons("IRREGULAR", filter)),
            expiring(today, filter),
            becameIrregular(today, filter));
    audit.record(AuditRecord.read("VIEW", RESOURCE, filterIds(filter), List.of("figure")));
    return figures;
  }

  private List<Cell> expiring(LocalDate today, StatisticsFilter filter) {
    YearMonth first = YearMonth.from(today);
    Map<String, Long> counts =
        tallies.deadlines(first.atDay(1), first.plusMonths(MONTHS - 1).atDay(1), filter).stream()
            .collect(Collectors.toMap(Count::key, Count::workers));
    List<Cell> months = new ArrayList<>();
    for (int i = 0; i < MONTHS; i++) {
      YearMonth month = first.plusMonths(i);
      months.add(
          suppression.cell(month.toString(), counts.getOrDefault(month.atDay(1).toString(), 0L)));
    }
    return months;
  }

  private List<MonthEntries> becameIrregular(LocalDate today, StatisticsFilter filter) {
    YearMonth last = YearMonth.from(today);
    YearMonth first = last.minusMonths(MONTHS - 1);
    Map<YearMonth, List<EntryCount>> byMonth =
        tallies.irregularEntries(first.atDay(1), last.atDay(1), filter).stream()
            .collect(
                Collectors.groupingBy(
                    e -> YearMonth.from(e.month()), LinkedHashMap::new, Collectors.toList()));
    List<MonthEntries> months = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      List<EntryCount> entries = byMonth.getOrDefault(month, List.of());
      long workers =
          entries.stream().filter(e -> e.reason() == null).mapToLong(EntryCount::workers).sum();
      List<Cell> reasons =
          entries.stream()
              .filter(e -> e.reason() != null)
              .map(e -> suppression.cell(e.reason(), e.workers()))
              .toList();
      months.add(new MonthEntries(month.toString(), suppression.cell(null, workers), reasons));
    }
    return months;
  }

  private List<Cell> cells(List<Count> counts) {
    return counts.stream().map(c -> suppression.cell(c.key(), c.workers())).toList();
  }

  /** What was asked for, in the audit entry's record ids: no person is named by statistics. */
  private static List<String> filterIds(StatisticsFilter filter) {
    List<String> ids = new ArrayList<>();
    if (filter.province() != null) {
      ids.add("province:" + filter.province());
    }
    if (filter.nationality() != null) {
      ids.add("nationality:" + filter.nationality());
    }
    return ids;
  }
}
