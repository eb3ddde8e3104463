package org.samakki.registry.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.signin.TestSignIn;
import org.samakki.registry.status.DerivedStatus;
import org.samakki.registry.status.Reason;
import org.samakki.registry.status.StatusKind;
import org.samakki.registry.status.StatusPeriod;
import org.samakki.registry.status.Timeline;
import org.samakki.registry.statuses.DerivedWorker;
import org.samakki.registry.statuses.StatusStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's figures from workers written as the status store writes them: exact counts by
 * status, nationality, province, sector, channel, reason and month, with small cells suppressed,
 * kept right when statuses are derived again, deleted or compacted. The workers have user-assigned
 * ISO nationalities (XSA, XSB, XSC), so the demo population does not change the figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryStatisticsTests {

  static final long FIRST = 9_100_000L;
  static final long LAST = 9_100_999L;

  @Autowired RegistryStatistics statistics;
  @Autowired StatusStore store;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationContext context;

  LocalDate today;

  @BeforeEach
  void setUp() {
    removeTestWorkers();
    today = LocalDate.now(clock);
    TestAccounts accounts = new TestAccounts(context);
    TestSignIn.actAs(accounts.user(accounts.agency(AgencyType.NGO), "analyst"));
  }

  @AfterEach
  void tearDown() {
    removeTestWorkers();
    TestSignIn.signOut();
  }

  @Test
  void workersAreCountedByStatusNationalityProvinceSectorAndChannel() {
    SeededWorkers.seed(jdbc, today);

    Figures figures = statistics.figures(new StatisticsFilter(null, "xsa"));

    assertThat(figures.asOf()).isEqualTo(today);
    assertThat(figures.total().workers()).isEqualTo(13);
    assertThat(counts(figures.byStatus())).containsOnly(entry("REGULAR", 6), entry("IRREGULAR", 7));
    assertThat(counts(figures.byNationality())).containsOnly(entry("XSA", 13));
    assertThat(counts(figures.byProvince())).containsOnly(entry("63", 6), entry("74", 7));
    assertThat(counts(figures.bySector()))
        .containsOnly(entry("AGRICULTURE", 6), entry("SEAFOOD_PROCESSING", 7));
    assertThat(counts(figures.byChannel())).containsOnly(entry("MOU", 6), entry("IN_COUNTRY", 7));

    Figures tak = statistics.figures(new StatisticsFilter("63", "XSA"));
    assertThat(tak.total().workers()).isEqualTo(6);
    assertThat(tak.irregularByReason()).isEmpty();
  }

  @Test
  void irregularWorkersAreCountedByEachOfTheirReasonsAndSmallCountsAreSuppressed() {
    SeededWorkers.seed(jdbc, today);

    Figures figures = statistics.figures(new StatisticsFilter(null, "XSA"));

    assertThat(figures.irregularByReason())
        .containsExactlyInAnyOrder(
            new Cell("EMPLOYER_CHANGE_NOT_REPORTED", 5L, false),
            new Cell("HEALTH_CHECK_MISSING", 5L, false),
            new Cell("WORK_PERMIT_EXPIRED", null, true));
    Figures alone = statistics.figures(new StatisticsFilter(null, "XSB"));
    assertThat(alone.total()).isEqualTo(new Cell(null, null, true));
    assertThat(alone.byProvince()).containsExactly(new Cell("63", null, true));
  }

  @Test
  void expiringWorkersAreCountedByTheMonthOfTheirNextDeadlineForTwelveMonths() {
    SeededWorkers.seed(jdbc, today);

    List<Cell> months = statistics.figures(new StatisticsFilter(null, "XSA")).expiringByMonth();

    assertThat(months).hasSize(12);
    assertThat(months.get(0).key()).isEqualTo(YearMonth.from(today).toString());
    String due = YearMonth.from(today.plusDays(40)).toString();
    assertThat(months)
        .allSatisfy(m -> assertThat(m.workers()).isEqualTo(m.key().equals(due) ? 6L : 0L));
  }

  @Test
  void workersWhoBecameIrregularAreCountedByMonthAndReasonFromTheirHistory() {
    SeededWorkers.seed(jdbc, today);

    List<MonthEntries> months =
        statistics.figures(new StatisticsFilter(null, "XSA")).becameIrregularByMonth();

    assertThat(months).hasSize(12);
    MonthEntries thisMonth = months.get(11);
    MonthEntries lastMonth = months.get(10);
    assertThat(thisMonth.month()).isEqualTo(YearMonth.from(today).toString());
    assertThat(thisMonth.workers().suppressed()).isTrue();
    assertThat(thisMonth.reasons()).containsExactly(new Cell("WORK_PERMIT_EXPIRED", null, true));
    assertThat(lastMonth.workers()).isEqualTo(new Cell(null, 5L, false));
    assertThat(lastMonth.reasons())
        .containsExactlyInAnyOrder(
            new Cell("EMPLOYER_CHANGE_NOT_REPORTED", 5L, false),
            new Cell("HEALTH_CHECK_MISSING", 5L, false));
    assertThat(months.subList(0, 10)).allSatisfy(m -> assertThat(m.workers().workers()).isZero());
  }

  @Test
  void figuresStayRightWhenStatusesAreDerivedAgainCompactedAndRemoved() {
    List<DerivedWorker> workers = new java.util.ArrayList<>();
    for (long id = FIRST + 500; id < FIRST + 505; id++) {
      workers.add(wentIrregular(id));
    }
    transactions.executeWithoutResult(t -> store.replace(workers, today));
    transactions.executeWithoutResult(t -> store.replace(workers, today));

    StatisticsFilter xsc = new StatisticsFilter(null, "XSC");
    Figures twice = statistics.figures(xsc);
    assertThat(twice.total().workers()).isEqualTo(5);
    assertThat(counts(twice.byChannel())).containsOnly(entry("BORDER", 5));
    assertThat(counts(twice.byProvince())).containsOnly(entry("63", 5));
    assertThat(twice.becameIrregularByMonth().get(11).reasons())
        .containsExactly(new Cell("NO_EMPLOYER", 5L, false));

    jdbc.sql("select registry.compact_statistics_tallies()").query().singleRow();
    assertThat(statistics.figures(xsc)).isEqualTo(twice);
    assertThat(
            jdbc.sql("select count(*) from registry.worker_tally where nationality = 'XSC'")
                .query(Long.class)
                .single())
        .isEqualTo(1);

    removeTestWorkers();
    Figures none = statistics.figures(xsc);
    assertThat(none.total()).isEqualTo(new Cell(null, 0L, false));
    assertThat(none.becameIrregularByMonth()).allSatisfy(m -> assertThat(m.reasons()).isEmpty());
  }

  @Test
  void everyReadOfTheFiguresIsAudited() {
    long before = auditedReads();
    statistics.figures(new StatisticsFilter("63", "MMR"));
    assertThat(auditedReads()).isEqualTo(before + 1);
    assertThat(
            jdbc.sql(
                    "select record_ids from audit.entry where resource_type = 'registry-statistics'"
                        + " order by seq desc limit 1")
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray()))
                .single())
        .containsExactly("province:63", "nationality:MMR");
  }

  @Test
  void aCaseworkerMayNotReadStatistics() {
    TestAccounts accounts = new TestAccounts(context);
    TestSignIn.actAs(accounts.user(accounts.agency(AgencyType.NGO), "caseworker"));
    assertThatThrownBy(() -> statistics.figures(StatisticsFilter.none()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aFilterMustBeAProvinceCodeAndAnIsoNationality() {
    assertThatThrownBy(() -> new StatisticsFilter("Tak", null))
        .isInstanceOf(BadFilterException.class);
    assertThatThrownBy(() -> new StatisticsFilter(null, "Myanmar"))
        .isInstanceOf(BadFilterException.class);
    assertThat(new StatisticsFilter(" ", "mmr")).isEqualTo(new StatisticsFilter(null, "MMR"));
  }

  private DerivedWorker wentIrregular(long id) {
    LocalDate lapsed = today.withDayOfMonth(1);
    DerivedStatus regular = new DerivedStatus(StatusKind.REGULAR, List.of(), lapsed);
    DerivedStatus irregular =
        new DerivedStatus(StatusKind.IRREGULAR, List.of(Reason.NO_EMPLOYER), null);
    Timeline timeline =
        new Timeline(
            List.of(
                new StatusPeriod(regular, lapsed.minusYears(1), lapsed),
                new StatusPeriod(irregular, lapsed, null)),
            null);
    return new DerivedWorker(id, timeline, "630601", 1L, "CONSTRUCTION", "XSC", "BORDER");
  }

  private long auditedReads() {
    return jdbc.sql("select count(*) from audit.entry where resource_type = 'registry-statistics'")
        .query(Long.class)
        .single();
  }

  private void removeTestWorkers() {
    jdbc.sql("delete from registry.status_period where person_id between ? and ?")
        .params(FIRST, LAST)
        .update();
    jdbc.sql("delete from registry.worker_status where person_id between ? and ?")
        .params(FIRST, LAST)
        .update();
  }

  private static Map<String, Long> counts(List<Cell> cells) {
    return cells.stream().collect(Collectors.toMap(Cell::key, Cell::workers));
  }

  private static Map.Entry<String, Long> entry(String key, long workers) {
    return Map.entry(key, workers);
  }
}
