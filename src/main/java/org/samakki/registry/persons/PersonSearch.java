package org.samakki.registry.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.samakki.access.AccessControl;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.registry.records.NameKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people by any name form in any script (the linkage engine's keys, so that different
 * spellings meet), document number, birth year, nationality and area, answered from indexes and
 * limited in the query itself to the reader's area or agency.
 */
@Service
public class PersonSearch {

  public static final int LIMIT = 50;

  private final JdbcClient jdbc;
  private final NameKeys nameKeys;
  private final AccessControl access;
  private final AuditTrail audit;

  PersonSearch(JdbcClient jdbc, NameKeys nameKeys, AccessControl access, AuditTrail audit) {
    this.jdbc = jdbc;
    this.nameKeys = nameKeys;
    this.access = access;
    this.audit = audit;
  }

  /** One person found, with the fields the reader may see and their status if they may see it. */
  public record Found(Map<String, Object> person, String status) {}

  @Transactional
  public List<Found> search(SearchQuery query) {
    access.require(PersonFiles.PERSON, "list");
    if (query.isEmpty()) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    List<Found> found;
    if (query.name() == null) {
      found = run(query, null, null, ids);
    } else {
      Set<String> keys = nameKeys.keys(query.name());
      if (keys.isEmpty()) {
        return List.of();
      }
      // the whole name first: one posting list, however common the name
      found = run(query, "p.name_keys @@ ?::tsquery", nameKeys.formQuery(query.name()), ids);
      if (found.size() < LIMIT) {
        // fewer than a page: everyone whose names hold all these words (a superset)
        ids.clear();
        found =
            run(
                query,
                "p.name_keys @@ to_tsquery('simple', ?)",
                String.join(" & ", keys.stream().map(k -> "'" + k.replace("'", "") + "'").toList()),
                ids);
      }
    }
    audit.record(
        AuditRecord.read(
            "SEARCH",
            PersonFiles.PERSON,
            ids,
            List.copyOf(access.readableFields(PersonFiles.PERSON))));
    return found;
  }

  private List<Found> run(
      SearchQuery query, String nameCondition, String nameParam, List<String> ids) {
    StringBuilder sql =
        new StringBuilder(
            "select p.id, p.person_ref, p.honorific, p.given_name, p.family_name, p.name_native, p.native_script, p.sex,"
                + " p.birth_year, p.birth_month, p.birth_day, p.nationality, p.phone, p.email, p.language,"
                + " p.area_code, p.owner_agency_id from registry.person p"
                // a person merged into another is found as the survivor
                + " where p.merged_into is null");
    List<Object> params = new ArrayList<>();
    if (nameCondition != null) {
      sql.append(" and ").append(nameCondition);
      params.add(nameParam);
    }
    if (query.documentNumber() != null) {
      sql.append(" and p.id in (select person_id from registry.document where number = ?)");
      params.add(query.documentNumber().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", ""));
    }
    if (query.birthYear() != null) {
      sql.append(" and p.birth_year = ?");
      params.add(query.birthYear());
    }
    if (query.nationality() != null) {
      sql.append(" and p.nationality = ?");
      params.add(query.nationality().toUpperCase(Locale.ROOT));
    }
    if (query.areaCode() != null) {
      sql.append(" and p.area_code like ?");
      params.add(query.areaCode().replaceAll("[^0-9]", "") + "%");
    }
    PersonScope.limit(access, "p", sql, params);
    // the first matches, then sorted: a common name matches tens of thousands of people among
    // millions, and sorting them all would cost far more than the officer will read
    sql.append(" limit ").append(LIMIT);
    sql.insert(0, "select m.*, ws.status from (")
        .append(") m left join registry.worker_status ws on ws.person_id = m.id")
        .append(" order by m.family_name nulls last, m.given_name");
    boolean statuses = access.can("worker-status", "read");
    List<Found> found = new ArrayList<>();
    jdbc.sql(sql.toString())
        .params(params)
        .query(
            rs -> {
              long id = rs.getLong("id");
              if (!access.mayAccess(
                  "read",
                  PersonFiles.facts(
                      id,
                      rs.getObject("owner_agency_id", java.util.UUID.class),
                      rs.getString("area_code")))) {
                return;
              }
              Integer year = (Integer) rs.getObject("birth_year");
              PersonView view =
                  new PersonView(
                      Long.toString(id),
                      rs.getString("person_ref"),
                      rs.getString("honorific"),
                      rs.getString("given_name"),
                      rs.getString("family_name"),
                      rs.getString("name_native"),
                      rs.getString("native_script"),
                      rs.getString("sex"),
                      year == null ? null : year.toString(),
                      rs.getString("nationality"),
                      rs.getString("phone"),
                      rs.getString("email"),
                      rs.getString("language"),
                      rs.getString("area_code"),
                      null,
                      null,
                      null);
              ids.add(Long.toString(id));
              found.add(
                  new Found(
                      access.readable(PersonFiles.PERSON, view),
                      statuses ? rs.getString("status") : null));
            });
    return found;
  }
}
