package org.samakki.registry.duplicates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.samakki.linkage.DocumentNumber;
import org.samakki.linkage.DocumentType;
import org.samakki.linkage.NameForm;
import org.samakki.linkage.NameKind;
import org.samakki.linkage.PartialDate;
import org.samakki.linkage.PersonRecord;
import org.samakki.linkage.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Registry persons as the linkage engine sees them: every name form (and the names of the records
 * merged into them, as aliases), sex, birth date as far as known, nationality, documents, phone and
 * province. Merged-away persons are not read: they live on in their survivor.
 */
@Repository
class PersonRecords {

  private static final String SELECT =
      "select p.id, p.given_name, p.family_name, p.name_native, p.sex, p.birth_year,"
          + " p.birth_month, p.birth_day, p.nationality, p.phone, p.area_code,"
          + " (select array_agg(d.type || ':' || d.number) from registry.document d"
          + "   where d.person_id = p.id) as documents,"
          + " (select array_agg(concat_ws('|', m.given_name, m.family_name, m.name_native))"
          + "   from registry.person m where m.merged_into = p.id) as aliases"
          + " from registry.person p where p.merged_into is null";

  private final JdbcClient jdbc;

  PersonRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A page of the standing persons already checked, in id order after {@code afterId}: the index's
   * initial load (persons still to check are added by the check itself).
   */
  Page checkedAfter(long afterId, int limit) {
    List<PersonRecord> records = new ArrayList<>();
    long[] last = {-1};
    jdbc.sql(
            SELECT
                + " and p.linkage_checked_at is not null and p.id > ? order by p.id limit "
                + limit)
        .param(afterId)
        .query(
            rs -> {
              last[0] = rs.getLong("id");
              PersonRecord record = record(rs);
              if (record != null) {
                records.add(record);
              }
            });
    return new Page(records, last[0]);
  }

  /** The named persons of a page, and the last id read (-1 when the page was empty). */
  record Page(List<PersonRecord> records, long lastId) {}

  /** These persons, if standing and named. */
  List<PersonRecord> find(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<PersonRecord> records = new ArrayList<>();
    jdbc.sql(SELECT + " and p.id = any(?) order by p.id")
        .param(ids.toArray(Long[]::new))
        .query(
            rs -> {
              PersonRecord record = record(rs);
              if (record != null) {
                records.add(record);
              }
            });
    return records;
  }

  /** The record, or null for a person without any name (the engine cannot compare them). */
  private static PersonRecord record(ResultSet rs) throws SQLException {
    List<NameForm> names = new ArrayList<>();
    name(names, rs.getString("given_name"), NameKind.GIVEN);
    name(names, rs.getString("family_name"), NameKind.FAMILY);
    name(names, rs.getString("name_native"), NameKind.FULL);
    java.sql.Array aliases = rs.getArray("aliases");
    if (aliases != null) {
      for (String alias : (String[]) aliases.getArray()) {
        name(names, alias.replace('|', ' '), NameKind.ALIAS);
      }
    }
    if (names.isEmpty()) {
      return null;
    }
    List<DocumentNumber> documents = new ArrayList<>();
    java.sql.Array numbers = rs.getArray("documents");
    if (numbers != null) {
      for (String typed : (String[]) numbers.getArray()) {
        int colon = typed.indexOf(':');
        documents.add(
            new DocumentNumber(
                DocumentType.parse(typed.substring(0, colon)), typed.substring(colon + 1)));
      }
    }
    String area = rs.getString("area_code");
    return new PersonRecord(
        Long.toString(rs.getLong("id")),
        names,
        Sex.parse(rs.getString("sex")),
        birthDate(rs),
        rs.getString("nationality"),
        documents,
        rs.getString("phone"),
        area == null || area.length() < 2 ? null : area.substring(0, 2));
  }

  private static PartialDate birthDate(ResultSet rs) throws SQLException {
    Integer year = (Integer) rs.getObject("birth_year");
    if (year == null) {
      return null;
    }
    Integer month = (Integer) rs.getObject("birth_month");
    Integer day = (Integer) rs.getObject("birth_day");
    try {
      return new PartialDate(year, month == null ? 0 : month, day == null ? 0 : day);
    } catch (IllegalArgumentException outOfRange) {
      // a year the engine does not compare (before 1850) is as good as unknown for matching
      return null;
    }
  }

  private static void name(List<NameForm> names, String text, NameKind kind) {
    if (text != null && !text.isBlank()) {
      names.add(new NameForm(text, kind));
    }
  }
}
