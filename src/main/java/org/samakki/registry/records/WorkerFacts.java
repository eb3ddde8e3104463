package org.samakki.registry.records;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.samakki.registry.status.Scheme;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** Loads what the status engine needs about many workers at once: three indexed queries. */
@Repository
public class WorkerFacts {

  static final String PASSPORT_TYPES =
      "('PASSPORT', 'PJ_PASSPORT', 'TEMPORARY_PASSPORT', 'CERTIFICATE_OF_IDENTITY')";

  private final DataSource dataSource;

  WorkerFacts(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The facts of one worker. */
  public record Facts(
      long personId,
      String nationality,
      List<RegistrationFacts> registrations,
      List<LocalDate> passports) {}

  public Map<Long, Facts> load(Collection<Long> personIds) {
    Map<Long, Facts> facts = new HashMap<>();
    if (personIds.isEmpty()) {
      return facts;
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      Array ids = connection.createArrayOf("bigint", personIds.toArray());
      query(
          connection,
          "select id, nationality from registry.person where id = any(?)",
          ids,
          rs ->
              facts.put(
                  rs.getLong(1),
                  new Facts(rs.getLong(1), rs.getString(2), new ArrayList<>(), new ArrayList<>())));
      query(
          connection,
          "select person_id, scheme_code, scheme_version, channel, registered_on, sector, employer_id,"
              + " workplace_subdistrict, contract_start, contract_end, employer_change_reported,"
              + " work_permit_start, work_permit_end, stay_permit_end, social_security_end,"
              + " health_insurance_end, health_check_date, health_check_result"
              + " from registry.registration where person_id = any(?)",
          ids,
          rs -> {
            Facts f = facts.get(rs.getLong(1));
            if (f != null) {
              f.registrations().add(registration(rs));
            }
          });
      query(
          connection,
          "select person_id, expires_on from registry.document where person_id = any(?)"
              + " and expires_on is not null and type in "
              + PASSPORT_TYPES,
          ids,
          rs -> {
            Facts f = facts.get(rs.getLong(1));
            if (f != null) {
              f.passports().add(rs.getObject(2, LocalDate.class));
            }
          });
      return facts;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not load workers' facts", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  static RegistrationFacts registration(ResultSet rs) throws SQLException {
    String result = rs.getString("health_check_result");
    return new RegistrationFacts(
        rs.getLong("person_id"),
        rs.getString("scheme_code") + "/" + rs.getInt("scheme_version"),
        Scheme.Channel.valueOf(rs.getString("channel")),
        rs.getObject("registered_on", LocalDate.class),
        rs.getString("sector"),
        rs.getLong("employer_id"),
        rs.getString("workplace_subdistrict"),
        rs.getObject("contract_start", LocalDate.class),
        rs.getObject("contract_end", LocalDate.class),
        rs.getObject("employer_change_reported", LocalDate.class),
        rs.getObject("work_permit_start", LocalDate.class),
        rs.getObject("work_permit_end", LocalDate.class),
        rs.getObject("stay_permit_end", LocalDate.class),
        rs.getObject("social_security_end", LocalDate.class),
        rs.getObject("health_insurance_end", LocalDate.class),
        rs.getObject("health_check_date", LocalDate.class),
        result == null ? null : result.equals("PASSED"));
  }

  private interface RowHandler {
    void handle(ResultSet rs) throws SQLException;
  }

  private static void query(Connection connection, String sql, Array ids, RowHandler handler)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, ids);
      statement.setFetchSize(10_000);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          handler.handle(rs);
        }
      }
    }
  }
}
