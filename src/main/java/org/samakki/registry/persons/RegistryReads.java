package org.samakki.registry.persons;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads persons, their documents, registrations and status history, and employers. */
@Repository
class RegistryReads {

  private final JdbcClient jdbc;

  RegistryReads(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A person with who owns the record and where they are: what access decisions need. */
  record PersonRow(PersonView view, UUID ownerAgency) {}

  Optional<PersonRow> person(long id) {
    return jdbc.sql("select * from registry.person where id = ?")
        .param(id)
        .query(RegistryReads::person)
        .optional();
  }

  List<PersonRow> persons(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select * from registry.person where id = any(?)")
        .param(ids.toArray(Long[]::new))
        .query(RegistryReads::person)
        .list();
  }

  List<DocumentView> documents(long person) {
    return jdbc.sql(
            "select * from registry.document where person_id = ? order by expires_on desc nulls last")
        .param(person)
        .query(
            (rs, n) ->
                new DocumentView(
                    Long.toString(rs.getLong("id")),
                    rs.getString("type"),
                    rs.getString("number"),
                    rs.getString("issuer"),
                    date(rs, "issued_on"),
                    date(rs, "expires_on")))
        .list();
  }

  List<RegistrationView> registrations(long person) {
    return jdbc.sql(
            "select r.*, e.name as employer_name from registry.registration r"
                + " left join registry.employer e on e.id = r.employer_id where r.person_id = ? order by r.registered_on desc")
        .param(person)
        .query(
            (rs, n) ->
                new RegistrationView(
                    Long.toString(rs.getLong("id")),
                    rs.getString("scheme_code"),
                    rs.getInt("scheme_version"),
                    rs.getString("channel"),
                    date(rs, "registered_on"),
                    rs.getObject("employer_id") == null
                        ? null
                        : Long.toString(rs.getLong("employer_id")),
                    rs.getString("employer_name"),
                    rs.getString("workplace_subdistrict"),
                    rs.getString("sector"),
                    date(rs, "contract_start"),
                    date(rs, "contract_end"),
                    date(rs, "employer_change_reported"),
                    rs.getString("work_permit_number"),
                    date(rs, "work_permit_start"),
                    date(rs, "work_permit_end"),
                    date(rs, "stay_permit_end"),
                    rs.getString("social_security_number"),
                    date(rs, "social_security_end"),
                    date(rs, "health_insurance_end"),
                    date(rs, "health_check_date"),
                    rs.getString("health_check_result")))
        .list();
  }

  List<StatusPeriodView> periods(long person) {
    return jdbc.sql("select * from registry.status_period where person_id = ? order by valid_from")
        .param(person)
        .query(
            (rs, n) ->
                new StatusPeriodView(
                    Long.toString(person),
                    rs.getString("status"),
                    Arrays.asList((String[]) rs.getArray("reasons").getArray()),
                    date(rs, "next_deadline"),
                    date(rs, "valid_from"),
                    date(rs, "valid_to")))
        .list();
  }

  Optional<EmployerView> employer(long id) {
    return jdbc.sql(
            "select e.*, (select count(distinct person_id) from registry.registration r where r.employer_id = e.id) as workers"
                + " from registry.employer e where e.id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new EmployerView(
                    Long.toString(rs.getLong("id")),
                    rs.getString("employer_ref"),
                    rs.getString("name"),
                    rs.getString("kind"),
                    rs.getString("sector"),
                    rs.getString("contact_email"),
                    rs.getString("contact_phone"),
                    rs.getInt("workers")))
        .optional();
  }

  Optional<UUID> employerOwner(long id) {
    return jdbc.sql("select owner_agency_id from registry.employer where id = ?")
        .param(id)
        .query(UUID.class)
        .optional();
  }

  /** The person whose identity document has this number (any type), if one. */
  Optional<Long> personByDocument(String number) {
    return jdbc.sql("select person_id from registry.document where number = ? limit 1")
        .param(number)
        .query(Long.class)
        .optional();
  }

  private static PersonRow person(ResultSet rs, int n) throws SQLException {
    Integer year = (Integer) rs.getObject("birth_year");
    Integer month = (Integer) rs.getObject("birth_month");
    Integer day = (Integer) rs.getObject("birth_day");
    String birth =
        year == null
            ? null
            : year
                + (month == null
                    ? ""
                    : String.format("-%02d", month)
                        + (day == null ? "" : String.format("-%02d", day)));
    PersonView view =
        new PersonView(
            Long.toString(rs.getLong("id")),
            rs.getString("person_ref"),
            rs.getString("honorific"),
            rs.getString("given_name"),
            rs.getString("family_name"),
            rs.getString("name_native"),
            rs.getString("native_script"),
            rs.getString("sex"),
            birth,
            rs.getString("nationality"),
            rs.getString("phone"),
            rs.getString("email"),
            rs.getString("language"),
            rs.getString("area_code"),
            null,
            instant(rs, "created_at"),
            instant(rs, "updated_at"));
    return new PersonRow(view, rs.getObject("owner_agency_id", UUID.class));
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
