package org.samakki.cases.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.access.Actor;
import org.samakki.access.RecordFacts;
import org.samakki.access.StaffDirectory;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.cases.nrm.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor's view of their agency's open cases, by worker: the stage, the end of temporary
 * protection (15-day clock), what is overdue (plan actions, tasks, follow-up visits of a child's
 * placement) and the plans and closures waiting for approval. Only the cases the supervisor may
 * read are listed: highly sensitive ones only when they supervise a worker assigned to them
 * (DP-05). The listing is audited.
 */
@Service
public class Caseload {

  private static final String CASE = "protection-case";

  private final JdbcClient jdbc;
  private final StaffDirectory staff;
  private final AccessControl access;
  private final AuditTrail audit;
  private final Clock clock;

  Caseload(
      JdbcClient jdbc, StaffDirectory staff, AccessControl access, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.staff = staff;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** One open case as the supervisor sees it. */
  public record OpenCase(
      UUID id,
      String caseRef,
      String caseType,
      String stage,
      LocalDate protectionDeadline,
      boolean protectionOverdue,
      int overduePlanItems,
      int overdueTasks,
      int overdueVisits) {

    public boolean anythingOverdue() {
      return protectionOverdue || overduePlanItems + overdueTasks + overdueVisits > 0;
    }
  }

  /** A worker and the open cases assigned to them. */
  public record Worker(UUID id, String name, List<OpenCase> cases) {}

  /** A plan or closure waiting for a supervisor. */
  public record PendingApproval(
      UUID caseId,
      String caseRef,
      String subject,
      String closureReason,
      String requestedBy,
      OffsetDateTime requestedAt,
      boolean ownRequest) {}

  /** The caseload: workers with their open cases, cases with no worker, pending approvals. */
  public record View(
      List<Worker> workers, List<OpenCase> unassigned, List<PendingApproval> approvals) {

    public int openCases() {
      Set<UUID> ids = new HashSet<>();
      workers.forEach(w -> w.cases().forEach(c -> ids.add(c.id())));
      unassigned.forEach(c -> ids.add(c.id()));
      return ids.size();
    }
  }

  private record Found(OpenCase open, RecordFacts facts) {}

  /** The supervisor's caseload; for those who may approve plans and closures. */
  @Transactional
  public View ofMyAgency() {
    access.require(CASE, "approve");
    Actor me = access.actor();
    LocalDate today = LocalDate.now(clock);
    List<Found> found =
        jdbc.sql(
                "select c.id, c.case_ref, c.case_type, c.stage, c.protection_started_on,"
                    + " c.owner_agency_id, c.area_code, c.highly_sensitive,"
                    + " array(select a.user_id from cases.assignment a where a.case_id = c.id)"
                    + "   as assignees,"
                    + " (select count(*) from cases.plan_item p where p.case_id = c.id"
                    + "   and p.done_on is null and p.due_on < ?) as overdue_plan,"
                    + " (select count(*) from cases.task t where t.case_id = c.id"
                    + "   and t.done_on is null and t.due_on < ?) as overdue_tasks,"
                    + " (select count(*) from cases.follow_up_visit v where v.case_id = c.id"
                    + "   and v.done_on is null and v.due_on < ?) as overdue_visits"
                    + " from cases.protection_case c"
                    + " where c.owner_agency_id = ? and c.stage <> 'CLOSED'"
                    // a restricted case is seen by its custodians only, not in lists (DP-13)
                    + " and c.anonymised_at is null and c.restricted_at is null"
                    + " order by c.opened_at limit 1000")
            .params(today, today, today, me.agencyId())
            .query(
                (rs, n) -> {
                  UUID id = rs.getObject("id", UUID.class);
                  LocalDate started = rs.getObject("protection_started_on", LocalDate.class);
                  String stage = rs.getString("stage");
                  LocalDate deadline =
                      started == null ? null : started.plusDays(Stage.PROTECTION_DAYS);
                  Set<UUID> assignees =
                      Set.copyOf(Arrays.asList((UUID[]) rs.getArray("assignees").getArray()));
                  return new Found(
                      new OpenCase(
                          id,
                          rs.getString("case_ref"),
                          rs.getString("case_type"),
                          stage,
                          deadline,
                          deadline != null
                              && Stage.TEMPORARY_PROTECTION.name().equals(stage)
                              && deadline.isBefore(today),
                          rs.getInt("overdue_plan"),
                          rs.getInt("overdue_tasks"),
                          rs.getInt("overdue_visits")),
                      new RecordFacts(
                          CASE,
                          id.toString(),
                          rs.getObject("owner_agency_id", UUID.class),
                          rs.getString("area_code"),
                          null,
                          assignees,
                          rs.getBoolean("highly_sensitive")));
                })
            .list();
    List<Found> visible = found.stream().filter(f -> access.mayAccess("read", f.facts())).toList();

    Map<UUID, List<OpenCase>> byWorker = new LinkedHashMap<>();
    List<OpenCase> unassigned = new ArrayList<>();
    for (Found f : visible) {
      if (f.facts().assignees().isEmpty()) {
        unassigned.add(f.open());
      }
      for (UUID worker : f.facts().assignees()) {
        byWorker.computeIfAbsent(worker, w -> new ArrayList<>()).add(f.open());
      }
    }
    List<Worker> workers =
        byWorker.entrySet().stream()
            .map(e -> new Worker(e.getKey(), name(e.getKey()), List.copyOf(e.getValue())))
            .sorted(Comparator.comparing(Worker::name, Comparator.nullsLast(String::compareTo)))
            .toList();

    Set<UUID> visibleIds = new HashSet<>();
    visible.forEach(f -> visibleIds.add(f.open().id()));
    List<PendingApproval> approvals =
        jdbc
            .sql(
                "select a.case_id, c.case_ref, a.subject, a.closure_reason, a.requested_by,"
                    + " a.requested_at from cases.approval a join cases.protection_case c"
                    + " on c.id = a.case_id where c.owner_agency_id = ? and a.decision is null"
                    + " order by a.requested_at")
            .param(me.agencyId())
            .query(
                (rs, n) -> {
                  UUID by = rs.getObject("requested_by", UUID.class);
                  return new PendingApproval(
                      rs.getObject("case_id", UUID.class),
                      rs.getString("case_ref"),
                      rs.getString("subject"),
                      rs.getString("closure_reason"),
                      name(by),
                      rs.getObject("requested_at", OffsetDateTime.class),
                      by.equals(me.id()));
                })
            .list()
            .stream()
            .filter(a -> visibleIds.contains(a.caseId()))
            .toList();

    audit.record(
        AuditRecord.read(
            "CASELOAD",
            CASE,
            visible.stream().map(f -> f.open().id().toString()).toList(),
            List.of(
                "caseRef",
                "caseType",
                "stage",
                "protectionDeadline",
                "assignees",
                "overdue",
                "approvals")));
    return new View(workers, List.copyOf(unassigned), approvals);
  }

  private String name(UUID user) {
    return staff.find(user).map(StaffDirectory.Member::displayName).orElse("?");
  }
}
