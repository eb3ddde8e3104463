package org.samakki.cases.statistics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.samakki.access.AccessControl;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.cases.htcds.ExploitationType;
import org.samakki.referrals.Referrals;
import org.samakki.registry.PersonDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * NRM statistics, computed live: only aggregates leave this service (DP-03). A count from 1 to
 * {@code minimum - 1} is suppressed; where a dimension adds up to a published total, a second cell
 * is suppressed with it so that the first cannot be worked out by subtraction.
 */
@Service
public class NrmStatistics {

  static final String RESOURCE = "case-statistics";
  static final String UNKNOWN = "UNKNOWN";
  static final String NOT_RECORDED = "NOT_RECORDED";
  static final List<String> AGE_BANDS = List.of("0-17", "18-24", "25-34", "35-49", "50+");

  private final JdbcClient jdbc;
  private final PersonDirectory persons;
  private final Referrals referrals;
  private final AccessControl access;
  private final AuditTrail audit;
  private final int minimum;

  NrmStatistics(
      JdbcClient jdbc,
      PersonDirectory persons,
      Referrals referrals,
      AccessControl access,
      AuditTrail audit,
      @Value("${samakki.statistics.minimum-cell:5}") int minimum) {
    if (minimum < 1) {
      throw new IllegalArgumentException("The smallest published count is at least 1");
    }
    this.jdbc = jdbc;
    this.persons = persons;
    this.referrals = referrals;
    this.access = access;
    this.audit = audit;
    this.minimum = minimum;
  }

  /** One identified victim as counted: no name, no case reference. */
  record Victim(Long personId, LocalDate identifiedOn, List<String> exploitation) {}

  @Transactional
  public CaseFigures figures() {
    access.require(RESOURCE, "read");
    List<Victim> victims =
        jdbc.sql(
                "select c.person_id, c.identified_on, t.exploitation_types"
                    + " from cases.protection_case c"
                    + " left join cases.trafficking_record t on t.case_id = c.id"
                    // restricted cases are left out of reports (DP-13)
                    + " where c.identification = 'VICTIM' and c.restricted_at is null")
            .query(
                (rs, n) -> {
                  java.sql.Array types = rs.getArray("exploitation_types");
                  return new Victim(
                      (Long) rs.getObject("person_id"),
                      rs.getObject("identified_on", LocalDate.class),
                      types == null ? List.of() : Arrays.asList((String[]) types.getArray()));
                })
            .list();
    Map<Long, PersonDirectory.AggregateFacts> facts =
        persons.aggregateFacts(
            victims.stream().map(Victim::personId).filter(p -> p != null).distinct().toList());

    Map<String, Long> exploitation = new LinkedHashMap<>();
    for (ExploitationType type : ExploitationType.values()) {
      exploitation.put(type.name(), 0L);
    }
    exploitation.put(NOT_RECORDED, 0L);
    Map<String, Long> nationality = new TreeMap<>();
    Map<String, Long> sex = new LinkedHashMap<>();
    for (String s : List.of("F", "M", "X", UNKNOWN)) {
      sex.put(s, 0L);
    }
    Map<String, Long> ages = new LinkedHashMap<>();
    AGE_BANDS.forEach(b -> ages.put(b, 0L));
    ages.put(UNKNOWN, 0L);
    for (Victim victim : victims) {
      if (victim.exploitation().isEmpty()) {
        exploitation.merge(NOT_RECORDED, 1L, Long::sum);
      }
      victim.exploitation().forEach(t -> exploitation.merge(t, 1L, Long::sum));
      PersonDirectory.AggregateFacts f =
          victim.personId() == null ? null : facts.get(victim.personId());
      nationality.merge(
          f == null || f.nationality() == null ? UNKNOWN : f.nationality(), 1L, Long::sum);
      sex.merge(f == null || f.sex() == null ? UNKNOWN : f.sex(), 1L, Long::sum);
      ages.merge(ageBand(f, victim.identifiedOn()), 1L, Long::sum);
    }

    Referrals.Aggregates sent = referrals.aggregates();
    Map<String, Long> statuses = new LinkedHashMap<>();
    for (String s : List.of("SENT", "ACCEPTED", "DECLINED", "COMPLETED", "CANCELLED")) {
      statuses.put(s, sent.byStatus().getOrDefault(s, 0L));
    }
    long referralTotal = statuses.values().stream().mapToLong(Long::longValue).sum();
    List<Duration> waits = sent.timesToAcceptance();

    CaseFigures figures =
        new CaseFigures(
            minimum,
            cell("VICTIMS", victims.size()),
            // a victim may count under several types: no total to subtract from
            cells(exploitation, false),
            cells(nationality, true),
            cells(sex, true),
            cells(ages, true),
            cell("REFERRALS", referralTotal),
            cells(statuses, true),
            cell("ACCEPTED", waits.size()),
            waits.size() < minimum ? null : medianHours(waits));
    audit.record(AuditRecord.read("VIEW", RESOURCE, List.of(), List.of("figure")));
    return figures;
  }

  Cell cell(String key, long count) {
    return count > 0 && count < minimum ? Cell.suppressed(key) : new Cell(key, count, false);
  }

  /**
   * The cells of one dimension. When the cells add up to a published total and only one is
   * suppressed, the smallest other non-zero cell is suppressed too (complementary suppression).
   */
  List<Cell> cells(Map<String, Long> counts, boolean addsUpToTotal) {
    List<Cell> cells = new ArrayList<>();
    counts.forEach((key, count) -> cells.add(cell(key, count)));
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    long suppressed = cells.stream().filter(Cell::suppressed).count();
    if (addsUpToTotal && suppressed == 1 && total >= minimum) {
      cells.stream()
          .filter(c -> !c.suppressed() && c.count() > 0)
          .min(Comparator.comparingLong(Cell::count))
          .ifPresent(c -> cells.set(cells.indexOf(c), Cell.suppressed(c.key())));
    }
    return cells;
  }

  static String ageBand(PersonDirectory.AggregateFacts facts, LocalDate identifiedOn) {
    if (facts == null || facts.birthYear() == null || identifiedOn == null) {
      return UNKNOWN;
    }
    int age = identifiedOn.getYear() - facts.birthYear();
    if (age < 0) {
      return UNKNOWN;
    } else if (age < 18) {
      return "0-17";
    } else if (age < 25) {
      return "18-24";
    } else if (age < 35) {
      return "25-34";
    } else if (age < 50) {
      return "35-49";
    }
    return "50+";
  }

  static double medianHours(List<Duration> waits) {
    List<Long> minutes = waits.stream().map(Duration::toMinutes).sorted().toList();
    int n = minutes.size();
    double median =
        n % 2 == 1 ? minutes.get(n / 2) : (minutes.get(n / 2 - 1) + minutes.get(n / 2)) / 2.0;
    return Math.round(median / 60.0 * 10) / 10.0;
  }
}
