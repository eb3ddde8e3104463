package org.samakki.registry.persons;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.samakki.access.AccessControl;
import org.samakki.access.Actor;
import org.samakki.access.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counts an officer starts the day with, in their area: what is expiring, what is irregular.
 */
@Service
public class RegistryOverview {

  private final JdbcClient jdbc;
  private final AccessControl access;

  RegistryOverview(JdbcClient jdbc, AccessControl access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  /** Workers by status, expiring workers by 30/60/90 days, irregular workers by reason. */
  public record Counts(
      long workers,
      long regular,
      long grace,
      Map<Integer, Long> expiringWithin,
      long irregular,
      Map<String, Long> irregularBy) {}

  @Transactional(readOnly = true)
  public Counts counts(LocalDate today) {
    access.require("worker-status", "list");
    List<Object> params = new ArrayList<>();
    String where = scope(params);
    List<Object> first = new ArrayList<>(List.of(today.plusDays(30), today.plusDays(60)));
    first.addAll(params);
    Map<String, Object> row =
        jdbc.sql(
                "select count(*) as workers, count(*) filter (where status = 'REGULAR') as regular,"
                    + " count(*) filter (where status = 'GRACE') as grace,"
                    + " count(*) filter (where status = 'IRREGULAR') as irregular,"
                    + " count(*) filter (where status = 'EXPIRING' and next_deadline <= ?) as e30,"
                    + " count(*) filter (where status = 'EXPIRING' and next_deadline <= ?) as e60,"
                    + " count(*) filter (where status = 'EXPIRING') as e90 from registry.worker_status where "
                    + where)
            .params(first)
            .query()
            .singleRow();
    Map<Integer, Long> expiring = new LinkedHashMap<>();
    expiring.put(30, number(row.get("e30")));
    expiring.put(60, number(row.get("e60")));
    expiring.put(90, number(row.get("e90")));
    Map<String, Long> reasons = new LinkedHashMap<>();
    jdbc.sql(
            "select reason, count(*) from registry.worker_status, unnest(reasons) as reason where status = 'IRREGULAR' and "
                + where
                + " group by reason order by 2 desc")
        .params(params)
        .query((rs, n) -> reasons.put(rs.getString(1), rs.getLong(2)))
        .list();
    return new Counts(
        number(row.get("workers")),
        number(row.get("regular")),
        number(row.get("grace")),
        expiring,
        number(row.get("irregular")),
        reasons);
  }

  private String scope(List<Object> params) {
    Actor actor = access.actor();
    if (access.scopes("worker-status", "list").contains(Scope.ALL) || actor.areaCode() == null) {
      return "true";
    }
    params.add(actor.areaCode());
    return actor.areaCode().length() == 2 ? "province_code = ?" : "district_code = ?";
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
