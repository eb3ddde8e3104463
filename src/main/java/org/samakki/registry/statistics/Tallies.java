package org.samakki.registry.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the statistics tallies that triggers keep in step with the workers' statuses (migration
 * V11): a few thousand rows however many workers there are, so each breakdown is a small sum.
 */
@Repository
class Tallies {

  /** A breakdown of today's workers; the column names are fixed here, never taken from input. */
  enum Dimension {
    STATUS("status"),
    NATIONALITY("nationality"),
    SECTOR("sector"),
    PROVINCE("province_code"),
    CHANNEL("channel");

    private final String column;

    Dimension(String column) {
      this.column = column;
    }
  }

  /** A raw count before suppression. */
  record Count(String key, long workers) {}

  /** Workers who became irregular in a month for a reason (null: the workers themselves). */
  record EntryCount(LocalDate month, String reason, long workers) {}

  private final JdbcClient jdbc;

  Tallies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Count> workersBy(Dimension dimension, StatisticsFilter filter) {
    List<Object> params = new ArrayList<>();
    return jdbc.sql(
            "select "
                + dimension.column
                + ", sum(workers) from registry.worker_tally where "
                + where(filter, params)
                + " group by 1 having sum(workers) <> 0 order by 2 desc, 1")
        .params(params)
        .query((rs, n) -> new Count(trimmed(rs.getString(1)), rs.getLong(2)))
        .list();
  }

  /**
   * Registrations of the workers in the filter: one person registered again and again counts once
   * among the workers and each time here.
   */
  long registrations(StatisticsFilter filter) {
    List<Object> params = new ArrayList<>();
    return jdbc.sql(
            "select count(*) from registry.registration r"
                + " join registry.worker_status ws on ws.person_id = r.person_id where "
                + where("ws.", filter, params))
        .params(params)
        .query(Long.class)
        .single();
  }

  /** Pairs of records flagged as possibly one person, not yet decided by a reviewer. */
  long possibleDuplicates(StatisticsFilter filter) {
    List<Object> params = new ArrayList<>();
    return jdbc.sql(
            "select count(*) from registry.duplicate_flag f"
                + " join registry.worker_status ws on ws.person_id = f.person_a"
                + " where f.state = 'OPEN' and "
                + where("ws.", filter, params))
        .params(params)
        .query(Long.class)
        .single();
  }

  List<Count> reasons(String status, StatisticsFilter filter) {
    List<Object> params = new ArrayList<>(List.of(status));
    return jdbc.sql(
            "select reason, sum(workers) from registry.reason_tally where status = ? and "
                + where(filter, params)
                + " group by 1 having sum(workers) <> 0 order by 2 desc, 1")
        .params(params)
        .query((rs, n) -> new Count(rs.getString(1), rs.getLong(2)))
        .list();
  }

  /** Workers not yet irregular whose next deadline falls in each month from first to last. */
  List<Count> deadlines(LocalDate firstMonth, LocalDate lastMonth, StatisticsFilter filter) {
    List<Object> params = new ArrayList<>(List.of(firstMonth, lastMonth));
    return jdbc.sql(
            "select deadline_month, sum(workers) from registry.deadline_tally"
                + " where status <> 'IRREGULAR' and deadline_month between ? and ? and "
                + where(filter, params)
                + " group by 1 order by 1")
        .params(params)
        .query((rs, n) -> new Count(rs.getObject(1, LocalDate.class).toString(), rs.getLong(2)))
        .list();
  }

  List<EntryCount> irregularEntries(
      LocalDate firstMonth, LocalDate lastMonth, StatisticsFilter filter) {
    List<Object> params = new ArrayList<>(List.of(firstMonth, lastMonth));
    return jdbc.sql(
            "select month, reason, sum(workers) from registry.irregular_entry_tally"
                + " where month between ? and ? and "
                + where(filter, params)
                + " group by 1, 2 having sum(workers) <> 0 order by 1, 3 desc, 2")
        .params(params)
        .query(
            (rs, n) ->
                new EntryCount(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3)))
        .list();
  }

  /** Folds the rows that writes appended into one row per group. */
  void compact() {
    jdbc.sql("select registry.compact_statistics_tallies()").query().singleRow();
  }

  private static String where(StatisticsFilter filter, List<Object> params) {
    return where("", filter, params);
  }

  /** The filter's condition on columns of a table with this prefix (an alias and a dot). */
  private static String where(String prefix, StatisticsFilter filter, List<Object> params) {
    StringBuilder where = new StringBuilder("true");
    if (filter.province() != null) {
      where.append(" and ").append(prefix).append("province_code = ?");
      params.add(filter.province());
    }
    if (filter.nationality() != null) {
      where.append(" and ").append(prefix).append("nationality = ?");
      params.add(filter.nationality());
    }
    return where.toString();
  }

  private static String trimmed(String key) {
    return key == null ? null : key.strip();
  }
}
