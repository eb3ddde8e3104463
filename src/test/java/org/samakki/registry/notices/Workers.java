package org.samakki.registry.notices;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Workers written straight into the registry tables as the status sweep leaves them: a person,
 * their employer, a registration with a work permit, and their status today with its next deadline.
 */
final class Workers {

  private final JdbcClient jdbc;

  Workers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A worker to seed; every address carries a token so that tests find their own mail. */
  record Worker(
      String language,
      String givenName,
      String familyName,
      String nameNative,
      String email,
      String phone,
      String status,
      List<String> reasons,
      LocalDate deadline,
      String employerName,
      String employerEmail,
      String employerPhone,
      String permit) {

    static Worker burmese(LocalDate deadline) {
      String token = UUID.randomUUID().toString().substring(0, 8);
      return new Worker(
          "my",
          "Aung Kyaw",
          "Moe",
          "အောင်ကျော်မိုး",
          "worker-" + token + "@workers.test",
          null,
          "EXPIRING",
          List.of("WORK_PERMIT_EXPIRING"),
          deadline,
          "Siam Seafood " + token,
          "employer-" + token + "@employers.test",
          null,
          "WP" + token.toUpperCase() + "9876");
    }

    Worker language(String tag) {
      return new Worker(
          tag,
          givenName,
          familyName,
          nameNative,
          email,
          phone,
          status,
          reasons,
          deadline,
          employerName,
          employerEmail,
          employerPhone,
          permit);
    }

    Worker email(String address) {
      return new Worker(
          language,
          givenName,
          familyName,
          nameNative,
          address,
          phone,
          status,
          reasons,
          deadline,
          employerName,
          employerEmail,
          employerPhone,
          permit);
    }

    Worker phones(String worker, String employer) {
      return new Worker(
          language,
          givenName,
          familyName,
          nameNative,
          email,
          worker,
          status,
          reasons,
          deadline,
          employerName,
          employerEmail,
          employer,
          permit);
    }

    Worker withoutEmployer() {
      return new Worker(
          language,
          givenName,
          familyName,
          nameNative,
          email,
          phone,
          status,
          reasons,
          deadline,
          null,
          null,
          null,
          permit);
    }
  }

  /** Writes the worker and returns their person id. */
  long add(Worker w) {
    OffsetDateTime now = OffsetDateTime.now();
    Long employer = null;
    if (w.employerName() != null) {
      employer = nextId();
      jdbc.sql(
              "insert into registry.employer (id, name, contact_email, contact_phone,"
                  + " owner_agency_id, created_at) values (?, ?, ?, ?, ?, ?)")
          .params(employer, w.employerName(), w.employerEmail(), w.employerPhone(), AGENCY, now)
          .update();
    }
    long person = nextId();
    jdbc.sql(
            "insert into registry.person (id, given_name, family_name, name_native, nationality,"
                + " phone, email, language, owner_agency_id, name_keys, created_at, updated_at)"
                + " values (?, ?, ?, ?, 'MMR', ?, ?, ?, ?, ''::tsvector, ?, ?)")
        .params(
            person,
            w.givenName(),
            w.familyName(),
            w.nameNative(),
            w.phone(),
            w.email(),
            w.language(),
            AGENCY,
            now,
            now)
        .update();
    jdbc.sql(
            "insert into registry.registration (id, person_id, scheme_code, scheme_version, channel,"
                + " registered_on, employer_id, work_permit_number, work_permit_end, created_at)"
                + " values (?, ?, 'TEST', 1, 'MOU', ?, ?, ?, ?, ?)")
        .params(
            nextId(), person, w.deadline().minusYears(2), employer, w.permit(), w.deadline(), now)
        .update();
    jdbc.sql(
            "insert into registry.worker_status (person_id, status, reasons, next_deadline, since,"
                + " employer_id, nationality, derived_on) values (?, ?, ?::text[], ?, ?, ?, 'MMR', ?)")
        .params(
            person,
            w.status(),
            "{" + String.join(",", w.reasons()) + "}",
            w.deadline(),
            w.deadline().minusDays(90),
            employer,
            w.deadline().minusDays(90))
        .update();
    return person;
  }

  /** The worker's situation changed: their next deadline is now another day. */
  void moveDeadline(long person, LocalDate deadline) {
    jdbc.sql("update registry.worker_status set next_deadline = ? where person_id = ?")
        .params(deadline, person)
        .update();
  }

  private long nextId() {
    return jdbc.sql("select nextval('registry.id_seq')").query(Long.class).single();
  }

  static final UUID AGENCY = UUID.fromString("00000000-0000-4000-8000-00000000a9e1");
}
