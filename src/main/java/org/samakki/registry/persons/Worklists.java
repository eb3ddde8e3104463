package org.samakki.registry.persons;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.samakki.access.AccessControl;
import org.samakki.access.Actor;
import org.samakki.access.Scope;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.registry.status.Reason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' worklists: workers whose permits end within N days, and irregular workers by
 * reason, filtered by province, district, employer, sector and nationality; served by the
 * worker_status indexes and limited to the reader's area.
 */
@Service
public class Worklists {

  public static final int PAGE = 100;

  private final JdbcClient jdbc;
  private final AccessControl access;
  private final AuditTrail audit;

  Worklists(JdbcClient jdbc, AccessControl access, AuditTrail audit) {
    this.jdbc = jdbc;
    this.access = access;
    this.audit = audit;
  }

  /** Narrows a worklist; every part optional. */
  public record Filter(
      String province, String district, Long employer, String sector, String nationality) {
    public static Filter none() {
      return new Filter(null, null, null, null, null);
    }
  }

  /** One worker on a worklist. */
  public record Entry(
      long personId,
      String name,
      String nationality,
      String status,
      List<String> reasons,
      LocalDate nextDeadline,
      String areaCode,
      Long employerId,
      String employerName,
      String sector) {}

  /** Reads “within N days” as typed: a whole number from 1 to 365. */
  public static int days(String text) {
    try {
      int days = Integer.parseInt(text == null ? "" : text.strip());
      if (days >= 1 && days <= 365) {
        return days;
      }
    } catch (NumberFormatException e) {
      // the message below says what is expected
    }
    throw new IllegalArgumentException("worklist.days.invalid");
  }

  @Transactional
  public List<Entry> expiring(int withinDays, Filter filter, LocalDate today) {
    if (withinDays < 1 || withinDays > 365) {
      throw new IllegalArgumentException("worklist.days.invalid");
    }
    List<Object> params = new ArrayList<>();
    params.add(today);
    params.add(today.plusDays(withinDays));
    return run(
        "ws.status = 'EXPIRING' and ws.next_deadline >= ? and ws.next_deadline <= ?",
        params,
        filter,
        "ws.next_deadline");
  }

  @Transactional
  public List<Entry> irregular(Reason reason, Filter filter) {
    List<Object> params = new ArrayList<>();
    String where = "ws.status = 'IRREGULAR'";
    if (reason != null) {
      where += " and ws.reasons @> array[?]::text[]";
      params.add(reason.name());
    }
    return run(where, params, filter, "ws.since desc");
  }

  /** An employer's workers, the most urgent first. */
  @Transactional
  public List<Entry> ofEmployer(long employer) {
    return run(
        "true",
        new ArrayList<>(),
        new Filter(null, null, employer, null, null),
        "case ws.status when 'IRREGULAR' then 0 when 'GRACE' then 1 when 'EXPIRING' then 2 else 3 end,"
            + " ws.next_deadline nulls last");
  }

  /** How many of an employer's workers the reader may see are in each status. */
  @Transactional(readOnly = true)
  public Map<String, Long> statusesOfEmployer(long employer) {
    access.require("worker-status", "list");
    List<Object> params = new ArrayList<>(List.of(employer));
    StringBuilder sql =
        new StringBuilder(
            "select ws.status, count(*) from registry.worker_status ws where ws.employer_id = ?");
    scope(sql, params);
    sql.append(" group by ws.status");
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql(sql.toString())
        .params(params)
        .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
        .list();
    return counts;
  }

  private List<Entry> run(String where, List<Object> params, Filter filter, String order) {
    access.require("worker-status", "list");
    StringBuilder sql =
        new StringBuilder(
            "select ws.*, p.given_name, p.family_name, p.name_native, p.area_code, e.name as employer_name"
                + " from registry.worker_status ws join registry.person p on p.id = ws.person_id"
                + " left join registry.employer e on e.id = ws.employer_id where "
                + where);
    if (filter.province() != null) {
      sql.append(" and ws.province_code = ?");
      params.add(filter.province());
    }
    if (filter.district() != null) {
      sql.append(" and ws.district_code = ?");
      params.add(filter.district());
    }
    if (filter.employer() != null) {
      sql.append(" and ws.employer_id = ?");
      params.add(filter.employer());
    }
    if (filter.sector() != null) {
      sql.append(" and ws.sector = ?");
      params.add(filter.sector().toUpperCase(Locale.ROOT));
    }
    if (filter.nationality() != null) {
      sql.append(" and ws.nationality = ?");
      params.add(filter.nationality().toUpperCase(Locale.ROOT));
    }
    scope(sql, params);
    sql.append(" order by ").append(order).append(", ws.person_id limit ").append(PAGE);
    List<Entry> entries =
        jdbc.sql(sql.toString())
            .params(params)
            .query(
                (rs, n) ->
                    new Entry(
                        rs.getLong("person_id"),
                        name(
                            rs.getString("given_name"),
                            rs.getString("family_name"),
                            rs.getString("name_native")),
                        rs.getString("nationality"),
                        rs.getString("status"),
                        Arrays.asList((String[]) rs.getArray("reasons").getArray()),
                        rs.getObject("next_deadline", LocalDate.class),
                        rs.getString("area_code"),
                        rs.getObject("employer_id") == null ? null : rs.getLong("employer_id"),
                        rs.getString("employer_name"),
                        rs.getString("sector")))
            .list();
    audit.record(
        AuditRecord.read(
            "LIST",
            "worker-status",
            entries.stream().map(e -> Long.toString(e.personId())).toList(),
            List.of("status", "reasons", "nextDeadline", "name")));
    return entries;
  }

  private void scope(StringBuilder sql, List<Object> params) {
    Actor actor = access.actor();
    if (access.scopes("worker-status", "list").contains(Scope.ALL) || actor.areaCode() == null) {
      return;
    }
    sql.append(
        actor.areaCode().length() == 2 ? " and ws.province_code = ?" : " and ws.district_code = ?");
    params.add(actor.areaCode());
  }

  static String name(String given, String family, String nativeName) {
    String latin = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    return latin.isEmpty() ? nativeName : latin;
  }
}
