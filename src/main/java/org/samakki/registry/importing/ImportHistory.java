package org.samakki.registry.importing;

import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What became of imports: their totals from the committed batches (true after a crash too), and
 * their rejected rows.
 */
@Service
public class ImportHistory {

  private static final String SELECT =
      "select i.id, i.file_name, i.failure_key, i.failure_detail, i.owner_agency_id, i.status, i.rows_total, i.started_at,"
          + " i.finished_at, coalesce(sum(b.last_row - b.first_row + 1), 0) as rows_read,"
          + " coalesce(sum(b.rows_loaded), 0) as loaded,"
          + " coalesce(sum(b.rows_rejected), 0) as rejected"
          + " from registry.import i left join registry.import_batch b on b.import_id = i.id ";
  private static final String GROUP =
      " group by i.id, i.file_name, i.failure_key, i.failure_detail, i.owner_agency_id, i.status, i.rows_total, i.started_at,"
          + " i.finished_at";

  private final JdbcClient jdbc;

  ImportHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ImportRecord> find(UUID id) {
    return jdbc.sql(SELECT + "where i.id = ?" + GROUP)
        .param(id)
        .query((rs, n) -> record(rs))
        .optional();
  }

  /** The latest imports of an agency, newest first. */
  public List<ImportRecord> ofAgency(UUID agency, int limit) {
    return jdbc.sql(
            SELECT + "where i.owner_agency_id = ?" + GROUP + " order by i.started_at desc limit ?")
        .params(agency, limit)
        .query((rs, n) -> record(rs))
        .list();
  }

  /** Imports a crash or shutdown left running, to be resumed. */
  public List<ImportRecord> unfinished() {
    return jdbc.sql(SELECT + "where i.status = 'RUNNING'" + GROUP + " order by i.started_at")
        .query((rs, n) -> record(rs))
        .list();
  }

  /** The rejected rows of an import in file order, streamed: a large file can reject many. */
  public void rejections(UUID id, Consumer<Rejection> each) {
    jdbc.sql(
            "select row_number, problems from registry.import_rejection where import_id = ?"
                + " order by row_number")
        .param(id)
        .query(
            rs -> {
              each.accept(new Rejection(rs.getInt(1), problems(rs.getArray(2))));
            });
  }

  private static List<Problem> problems(Array array) throws SQLException {
    List<Problem> problems = new ArrayList<>();
    Arrays.stream((String[]) array.getArray()).map(Problem::decode).forEach(problems::add);
    return problems;
  }

  private static ImportRecord record(java.sql.ResultSet rs) throws SQLException {
    OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
    return new ImportRecord(
        rs.getObject("id", UUID.class),
        rs.getString("file_name"),
        rs.getObject("owner_agency_id", UUID.class),
        rs.getString("status"),
        rs.getInt("rows_total"),
        rs.getInt("rows_read"),
        rs.getInt("loaded"),
        rs.getInt("rejected"),
        rs.getObject("started_at", OffsetDateTime.class).toInstant(),
        finished == null ? null : finished.toInstant(),
        rs.getString("failure_key"),
        rs.getString("failure_detail"));
  }
}
