package org.samakki.registry.persons;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.samakki.access.AccessControl;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.registry.StatusChanged;
import org.samakki.registry.status.Reason;
import org.samakki.registry.status.StatusPeriod;
import org.samakki.registry.statuses.DerivedWorker;
import org.samakki.registry.statuses.StatusDerivation;
import org.samakki.registry.statuses.StatusStore;
import org.springframework.context.ApplicationEventPublisher;
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
  private final StatusDerivation derivation;
  private final StatusStore statuses;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;
  private final Clock clock;

  EmployerChange(
      JdbcClient jdbc,
      PersonFiles files,
      AccessControl access,
      StatusDerivation derivation,
      StatusStore statuses,
      ApplicationEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.files = files;
    this.access = access;
    this.derivation = derivation;
    this.statuses = statuses;
    this.events = events;
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
    rederive(personId);
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

  private void rederive(long personId) {
    String before =
        jdbc.sql(
                "select status || ':' || array_to_string(reasons, ',') from registry.worker_status where person_id = ?")
            .param(personId)
            .query(String.class)
            .optional()
            .orElse("");
    LocalDate today = derivation.today();
    List<DerivedWorker> derived = derivation.derive(Set.of(personId), today);
    statuses.replace(derived, today);
    StatusPeriod now = derived.get(0).timeline().current();
    List<String> reasons = now.status().reasons().stream().map(Reason::name).toList();
    String after = now.status().kind().name() + ":" + String.join(",", reasons);
    if (!after.equals(before)) {
      events.publishEvent(
          new StatusChanged(
              personId,
              before.isEmpty() ? null : before.split(":")[0],
              now.status().kind().name(),
              reasons,
              now.from(),
              now.status().nextDeadline()));
    }
  }
}
