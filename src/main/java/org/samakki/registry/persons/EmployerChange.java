package org.samakki.registry.persons;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.samakki.access.AccessControl;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a worker moved to another employer, and when the move was reported: a new employment
 * under the worker's current scheme, after which their status is derived again.
 */
@Service
public class EmployerChange {

  private static final Set<String> FIELDS =
      Set.of("employerName", "contractStart", "employerChangeReported");

  private final JdbcClient jdbc;
  private final PersonFiles files;
  private final AccessControl access;
  private final StatusRefresh refresh;
  private final AuditTrail audit;
  private final Clock clock;

  EmployerChange(
      JdbcClient jdbc,
      PersonFiles files,
      AccessControl access,
      StatusRefresh refresh,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.files = files;
    this.access = access;
    this.refresh = refresh;
    this.audit = audit;
    this.clock = clock;
  }

  /** A change of employer as an officer records it. */
  public record Report(String employerName, LocalDate startedOn, LocalDate reportedOn) {
    public Report {
      if (employerName == null || employerName.isBlank() || employerName.length() > 200) {
        throw new IllegalArgumentException("employerChange.employer.invalid");
      }
      if (startedOn == null) {
        throw new IllegalArgumentException("employerChange.start.invalid");
      }
      if (reportedOn != null && reportedOn.isBefore(startedOn)) {
        throw new IllegalArgumentException("employerChange.reported.invalid");
      }
    }
  }

  @Transactional
  public void record(long personId, Report report) {
    RegistryReads.PersonRow person = files.visible(personId, "read");
    access.requireRecord(
        "update",
        new org.samakki.access.RecordFacts(
            "registration",
            Long.toString(personId),
            person.ownerAgency(),
            person.view().areaCode(),
            null,
            Set.of(),
            false));
    access.requireWritable("registration", FIELDS);
    LocalDate today = LocalDate.now(clock);
    if (report.startedOn().isAfter(today)) {
      throw new IllegalArgumentException("employerChange.start.invalid");
    }
    if (report.reportedOn() != null && report.reportedOn().isAfter(today)) {
      throw new IllegalArgumentException("employerChange.reported.invalid");
    }
    var latest =
        jdbc.sql(
                "select * from registry.registration where person_id = ? order by registered_on desc, id desc limit 1")
            .param(personId)
            .query()
            .listOfRows();
    if (latest.isEmpty()) {
      throw new IllegalArgumentException("employerChange.noRegistration");
    }
    var current = latest.get(0);
    long employer = employer(report.employerName().strip(), person.ownerAgency());
    long id = jdbc.sql("select nextval('registry.id_seq')").query(Long.class).single();
    jdbc.sql(
            "insert into registry.registration (id, person_id, scheme_code, scheme_version, channel, registered_on,"
                + " employer_id, workplace_subdistrict, sector, contract_start, contract_end, employer_change_reported,"
                + " work_permit_number, work_permit_start, work_permit_end, stay_permit_end, social_security_number,"
                + " social_security_end, health_insurance_end, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            personId,
            current.get("scheme_code"),
            current.get("scheme_version"),
            current.get("channel"),
            current.get("registered_on"),
            employer,
            current.get("workplace_subdistrict"),
            current.get("sector"),
            report.startedOn(),
            current.get("contract_end"),
            report.reportedOn(),
            current.get("work_permit_number"),
            current.get("work_permit_start"),
            current.get("work_permit_end"),
            current.get("stay_permit_end"),
            current.get("social_security_number"),
            current.get("social_security_end"),
            current.get("health_insurance_end"),
            OffsetDateTime.now(clock))
        .update();
    jdbc.sql(
            "update registry.registration set contract_end = ? where id = ? and (contract_end is null or contract_end >= ?)")
        .params(report.startedOn().minusDays(1), current.get("id"), report.startedOn())
        .update();
    audit.record(
        AuditRecord.change(
            "EMPLOYER_CHANGE", "registration", Long.toString(id), List.copyOf(FIELDS)));
    refresh.rederive(personId);
  }

  private long employer(String name, java.util.UUID agency) {
    return jdbc.sql(
            "select id from registry.employer where name = ? and employer_ref is null limit 1")
        .param(name)
        .query(Long.class)
        .optional()
        .orElseGet(
            () -> {
              long id = jdbc.sql("select nextval('registry.id_seq')").query(Long.class).single();
              jdbc.sql(
                      "insert into registry.employer (id, name, owner_agency_id, created_at) values (?, ?, ?, ?)")
                  .params(id, name, agency, OffsetDateTime.now(clock))
                  .update();
              return id;
            });
  }
}
