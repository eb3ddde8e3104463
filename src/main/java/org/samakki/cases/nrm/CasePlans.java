package org.samakki.cases.nrm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.cases.consent.ProcessingPurpose;
import org.samakki.cases.keys.CaseKeys;
import org.samakki.referrals.Service;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case plan (goals and actions with the agency responsible and a due date, overdue when past it
 * and not done) and the services delivered. Plan texts are encrypted with the case key.
 */
@org.springframework.stereotype.Service
public class CasePlans {

  private final JdbcClient jdbc;
  private final ProtectionCases cases;
  private final CaseKeys keys;
  private final AccessControl access;
  private final AuditTrail audit;
  private final Clock clock;

  CasePlans(
      JdbcClient jdbc,
      ProtectionCases cases,
      CaseKeys keys,
      AccessControl access,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.keys = keys;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Whether an item is an aim of the plan or a step towards one. */
  public enum Kind {
    GOAL,
    ACTION
  }

  /** An item of the plan as the case page shows it. */
  public record Item(
      UUID id,
      Kind kind,
      String text,
      String responsibleAgency,
      LocalDate dueOn,
      LocalDate doneOn,
      boolean overdue) {}

  /** A service given to the person. */
  public record Delivery(String service, String provider, LocalDate deliveredOn) {}

  @Transactional
  public UUID add(UUID caseId, Kind kind, String text, String responsibleAgency, LocalDate dueOn) {
    cases.visible(caseId, "update");
    if (kind == null || text == null || text.isBlank()) {
      throw new IllegalArgumentException("cases.plan.textRequired");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into cases.plan_item (id, case_id, kind, text, responsible_agency, due_on,"
                + " created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            caseId,
            kind.name(),
            keys.seal(caseId, "plan:" + id, text.strip()),
            responsibleAgency == null || responsibleAgency.isBlank()
                ? null
                : responsibleAgency.strip(),
            dueOn,
            OffsetDateTime.now(clock),
            access.actor().id())
        .update();
    audit.record(
        AuditRecord.change(
            "PLAN_ADD", ProtectionCases.RESOURCE, caseId.toString(), List.of("plan")));
    return id;
  }

  @Transactional
  public void done(UUID caseId, UUID itemId) {
    cases.visible(caseId, "update");
    int changed =
        jdbc.sql(
                "update cases.plan_item set done_on = ? where id = ? and case_id = ? and done_on is null")
            .params(LocalDate.now(clock), itemId, caseId)
            .update();
    if (changed == 0) {
      throw new IllegalArgumentException("cases.plan.notOpen");
    }
    audit.record(
        AuditRecord.change(
            "PLAN_DONE", ProtectionCases.RESOURCE, caseId.toString(), List.of("plan")));
  }

  /** The plan, by due date; what is past due and not done is overdue. */
  @Transactional
  public List<Item> items(UUID caseId) {
    cases.visible(caseId, "read");
    LocalDate today = LocalDate.now(clock);
    List<Item> items =
        jdbc.sql(
                "select * from cases.plan_item where case_id = ?"
                    + " order by kind, due_on nulls last, created_at")
            .param(caseId)
            .query(
                (rs, n) -> {
                  UUID id = rs.getObject("id", UUID.class);
                  LocalDate due = rs.getObject("due_on", LocalDate.class);
                  LocalDate done = rs.getObject("done_on", LocalDate.class);
                  return new Item(
                      id,
                      Kind.valueOf(rs.getString("kind")),
                      keys.open(caseId, "plan:" + id, rs.getBytes("text")).orElse(null),
                      rs.getString("responsible_agency"),
                      due,
                      done,
                      done == null && due != null && due.isBefore(today));
                })
            .list();
    audit.record(
        AuditRecord.read(
            "VIEW", ProtectionCases.RESOURCE, List.of(caseId.toString()), List.of("plan")));
    return items;
  }

  @Transactional
  public void delivered(UUID caseId, Service service, String provider, LocalDate on) {
    cases.visible(caseId, "update");
    if (service == null || provider == null || provider.isBlank() || on == null) {
      throw new IllegalArgumentException("cases.service.incomplete");
    }
    if (on.isAfter(LocalDate.now(clock))) {
      throw new IllegalArgumentException("cases.service.future");
    }
    cases.requireBasis(caseId, ProcessingPurpose.SERVICES);
    jdbc.sql(
            "insert into cases.service_delivery (id, case_id, service, provider, delivered_on,"
                + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            UUID.randomUUID(),
            caseId,
            service.name(),
            provider.strip(),
            on,
            access.actor().id(),
            OffsetDateTime.now(clock))
        .update();
    audit.record(
        AuditRecord.change(
            "SERVICE", ProtectionCases.RESOURCE, caseId.toString(), List.of("services")));
  }

  @Transactional
  public List<Delivery> deliveries(UUID caseId) {
    cases.visible(caseId, "read");
    audit.record(
        AuditRecord.read(
            "VIEW", ProtectionCases.RESOURCE, List.of(caseId.toString()), List.of("services")));
    return jdbc.sql(
            "select service, provider, delivered_on from cases.service_delivery where case_id = ?"
                + " order by delivered_on desc")
        .param(caseId)
        .query(
            (rs, n) ->
                new Delivery(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
        .list();
  }
}
