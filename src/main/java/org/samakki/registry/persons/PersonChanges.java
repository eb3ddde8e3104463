package org.samakki.registry.persons;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.samakki.access.AccessControl;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.linkage.NameNormaliser;
import org.samakki.registry.records.NameKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections to a person's identity and contact details by the fields the reader may write: each
 * value checked, the search keys of the names rebuilt, the change audited, and the status derived
 * again when nationality or birth date (which schemes decide on) changed.
 */
@Service
public class PersonChanges {

  private static final Map<String, String> COLUMNS =
      Map.ofEntries(
          Map.entry("personRef", "person_ref"),
          Map.entry("honorific", "honorific"),
          Map.entry("givenName", "given_name"),
          Map.entry("familyName", "family_name"),
          Map.entry("nameNative", "name_native"),
          Map.entry("sex", "sex"),
          Map.entry("nationality", "nationality"),
          Map.entry("phone", "phone"),
          Map.entry("email", "email"),
          Map.entry("language", "language"));
  private static final Set<String> LANGUAGES = Set.of("en", "th", "my", "km", "lo", "vi");
  private static final Set<String> COUNTRIES =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,24}");
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");
  private static final Pattern PARTIAL_DATE =
      Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

  private final JdbcClient jdbc;
  private final PersonFiles files;
  private final AccessControl access;
  private final NameKeys nameKeys;
  private final StatusRefresh refresh;
  private final AuditTrail audit;
  private final Clock clock;

  PersonChanges(
      JdbcClient jdbc,
      PersonFiles files,
      AccessControl access,
      NameKeys nameKeys,
      StatusRefresh refresh,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.files = files;
    this.access = access;
    this.nameKeys = nameKeys;
    this.refresh = refresh;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Map<String, Object> update(long id, Map<String, Object> changes) {
    RegistryReads.PersonRow row = files.visible(id, "read");
    access.requireRecord("update", PersonFiles.facts(id, row.ownerAgency(), row.view().areaCode()));
    access.requireWritable(PersonFiles.PERSON, changes.keySet());
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("person.change.empty");
    }
    Map<String, Object> columns = new LinkedHashMap<>();
    for (Map.Entry<String, Object> change : changes.entrySet()) {
      set(columns, change.getKey(), text(change.getValue()));
    }
    if (columns.get("person_ref") != null
        && jdbc.sql(
                "select exists (select 1 from registry.person where person_ref = ? and id <> ?)")
            .params(columns.get("person_ref"), id)
            .query(Boolean.class)
            .single()) {
      throw new IllegalArgumentException("person.personRef.taken");
    }
    List<Object> params = new ArrayList<>();
    // a changed identity is matched again for duplicates (the check looks for this empty mark)
    StringBuilder sql =
        new StringBuilder("update registry.person set linkage_checked_at = null, updated_at = ?");
    params.add(OffsetDateTime.now(clock));
    columns.forEach(
        (column, value) -> {
          sql.append(", ").append(column).append(" = ?");
          params.add(value);
        });
    params.add(id);
    jdbc.sql(sql + " where id = ?").params(params).update();
    jdbc.sql("update registry.person set name_keys = ?::tsvector where id = ?")
        .params(keys(id), id)
        .update();
    audit.record(
        AuditRecord.change(
            "UPDATE", PersonFiles.PERSON, Long.toString(id), List.copyOf(changes.keySet())));
    if (changes.containsKey("nationality") || changes.containsKey("birthDate")) {
      refresh.rederive(id);
    }
    return files.person(id);
  }

  private void set(Map<String, Object> columns, String field, String value) {
    switch (field) {
      case "givenName", "familyName", "honorific", "personRef" ->
          columns.put(COLUMNS.get(field), limited(value, 200, field));
      case "nameNative" -> {
        columns.put("name_native", limited(value, 200, field));
        columns.put(
            "native_script", value == null ? null : NameNormaliser.detectScript(value).name());
      }
      case "sex" ->
          columns.put(
              "sex",
              oneOf(
                  value == null ? null : value.toUpperCase(Locale.ROOT),
                  Set.of("M", "F", "X"),
                  field));
      case "nationality" -> {
        String code = value == null ? null : value.toUpperCase(Locale.ROOT);
        if (code == null || !COUNTRIES.contains(code)) {
          throw invalid(field);
        }
        columns.put("nationality", code);
        columns.put("language", NameKeys.language(code));
      }
      case "birthDate" -> birth(columns, value);
      case "phone" -> columns.put("phone", matching(value, PHONE, field));
      case "email" -> columns.put("email", matching(value, EMAIL, field));
      case "language" -> columns.put("language", oneOf(value, LANGUAGES, field));
      default -> throw new IllegalArgumentException("person.field.readOnly");
    }
  }

  private static void birth(Map<String, Object> columns, String value) {
    if (value == null) {
      columns.put("birth_year", null);
      columns.put("birth_month", null);
      columns.put("birth_day", null);
      return;
    }
    var m = PARTIAL_DATE.matcher(value.strip());
    if (!m.matches()) {
      throw invalid("birthDate");
    }
    int year = Integer.parseInt(m.group(1));
    year = year > 2400 ? year - 543 : year;
    Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    try {
      java.time.LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    } catch (java.time.DateTimeException e) {
      throw invalid("birthDate");
    }
    if (year < 1900) {
      throw invalid("birthDate");
    }
    columns.put("birth_year", year);
    columns.put("birth_month", month);
    columns.put("birth_day", day);
  }

  private String keys(long id) {
    Map<String, Object> names =
        jdbc.sql("select given_name, family_name, name_native from registry.person where id = ?")
            .param(id)
            .query()
            .singleRow();
    if (names.values().stream().allMatch(java.util.Objects::isNull)) {
      // rolled back with the rest: a person always keeps at least one name
      throw new IllegalArgumentException("person.name.required");
    }
    return nameKeys.tsvector(
        (String) names.get("given_name"),
        (String) names.get("family_name"),
        (String) names.get("name_native"));
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  private static String limited(String value, int max, String field) {
    if (value != null && value.length() > max) {
      throw invalid(field);
    }
    return value;
  }

  private static String oneOf(String value, Set<String> allowed, String field) {
    if (value == null || !allowed.contains(value)) {
      throw invalid(field);
    }
    return value;
  }

  private static String matching(String value, Pattern pattern, String field) {
    if (value != null && !pattern.matcher(value).matches()) {
      throw invalid(field);
    }
    return value;
  }

  private static IllegalArgumentException invalid(String field) {
    return new IllegalArgumentException("person." + field + ".invalid");
  }
}
