package org.samakki.cases.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.access.StaffDirectory;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.cases.keys.CaseKeys;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.cases.nrm.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up tasks of a case: a title (encrypted with the case key), a due date and a colleague of
 * the case's agency who does it; overdue when the due date passed and it is not done. Each worker
 * sees the tasks due to them on their home page, due or overdue first.
 */
@Service
public class FollowUpTasks {

  private static final String CASE = "protection-case";

  /** How far ahead the home page looks for tasks coming due. */
  public static final int DUE_SOON_DAYS = 7;

  private final JdbcClient jdbc;
  private final ProtectionCases cases;
  private final CaseKeys keys;
  private final StaffDirectory staff;
  private final AccessControl access;
  private final AuditTrail audit;
  private final Clock clock;

  FollowUpTasks(
      JdbcClient jdbc,
      ProtectionCases cases,
      CaseKeys keys,
      StaffDirectory staff,
      AccessControl access,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.keys = keys;
    this.staff = staff;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** A task as a case page or a worker's list shows it. */
  public record Task(
      UUID id,
      UUID caseId,
      String caseRef,
      String title,
      LocalDate dueOn,
      UUID assignee,
      String assigneeName,
      LocalDate doneOn,
      boolean overdue,
      boolean dueToday) {}

  /** Adds a task for a colleague of the case's agency (or the current user). */
  @Transactional
  public UUID add(UUID caseId, String title, LocalDate dueOn, UUID assignee) {
    ProtectionCases.CaseState state = cases.require(caseId, "update");
    if (state.stage() == Stage.CLOSED) {
      throw new IllegalArgumentException("cases.task.closed");
    }
    if (title == null || title.isBlank() || dueOn == null) {
      throw new IllegalArgumentException("cases.task.incomplete");
    }
    UUID who = assignee == null ? access.actor().id() : assignee;
    UUID owner = ownerAgency(caseId);
    boolean colleague =
        staff.find(who).filter(m -> m.active() && owner.equals(m.agencyId())).isPresent();
    if (!colleague) {
      throw new IllegalArgumentException("cases.task.assigneeNotInAgency");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into cases.task (id, case_id, title, due_on, assignee, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            caseId,
            keys.seal(caseId, "task:" + id, title.strip()),
            dueOn,
            who,
            access.actor().id(),
            OffsetDateTime.now(clock))
        .update();
    audit.record(AuditRecord.change("TASK_ADD", CASE, caseId.toString(), List.of("tasks")));
    return id;
  }

  /** Marks a task done today. */
  @Transactional
  public void done(UUID caseId, UUID taskId) {
    cases.require(caseId, "update");
    int changed =
        jdbc.sql(
                "update cases.task set done_on = ? where id = ? and case_id = ? and done_on is null")
            .params(today(), taskId, caseId)
            .update();
    if (changed == 0) {
      throw new IllegalArgumentException("cases.task.notOpen");
    }
    audit.record(AuditRecord.change("TASK_DONE", CASE, caseId.toString(), List.of("tasks")));
  }

  /** The case's tasks, open ones first by due date; audited. */
  @Transactional
  public List<Task> of(UUID caseId) {
    cases.require(caseId, "read");
    List<Task> found =
        query(
            "select t.*, c.case_ref from cases.task t join cases.protection_case c on c.id ="
                + " t.case_id where t.case_id = ? order by t.done_on nulls first, t.due_on,"
                + " t.created_at",
            caseId);
    audit.record(AuditRecord.read("VIEW", CASE, List.of(caseId.toString()), List.of("tasks")));
    return found;
  }

  /**
   * The open tasks assigned to the current user that are overdue or due within {@link
   * #DUE_SOON_DAYS} days, overdue first, on cases the user may still read; audited.
   */
  @Transactional
  public List<Task> dueToMe() {
    access.require(CASE, "list");
    List<Task> open =
        query(
            "select t.*, c.case_ref from cases.task t join cases.protection_case c on c.id ="
                + " t.case_id where t.assignee = ? and t.done_on is null and t.due_on <= ?"
                + " and c.stage <> 'CLOSED' and c.restricted_at is null"
                + " order by t.due_on, t.created_at limit 200",
            access.actor().id(),
            today().plusDays(DUE_SOON_DAYS));
    List<Task> visible = new ArrayList<>();
    for (Task task : open) {
      if (access.mayAccess("read", cases.facts(task.caseId()))) {
        visible.add(task);
      }
    }
    audit.record(
        AuditRecord.read(
            "LIST",
            CASE,
            visible.stream().map(t -> t.caseId().toString()).distinct().toList(),
            List.of("tasks")));
    return visible;
  }

  /** The colleagues a task of this case may be given to. */
  public List<StaffDirectory.Member> assignable(UUID caseId) {
    cases.require(caseId, "read");
    return staff.activeMembers(ownerAgency(caseId));
  }

  private List<Task> query(String sql, Object... params) {
    LocalDate today = today();
    return jdbc.sql(sql)
        .params(params)
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              UUID caseId = rs.getObject("case_id", UUID.class);
              UUID assignee = rs.getObject("assignee", UUID.class);
              LocalDate due = rs.getObject("due_on", LocalDate.class);
              LocalDate done = rs.getObject("done_on", LocalDate.class);
              return new Task(
                  id,
                  caseId,
                  rs.getString("case_ref"),
                  keys.open(caseId, "task:" + id, rs.getBytes("title")).orElse(null),
                  due,
                  assignee,
                  staff.find(assignee).map(StaffDirectory.Member::displayName).orElse(null),
                  done,
                  done == null && due.isBefore(today),
                  done == null && due.isEqual(today));
            })
        .list();
  }

  private UUID ownerAgency(UUID caseId) {
    return jdbc.sql("select owner_agency_id from cases.protection_case where id = ?")
        .param(caseId)
        .query(UUID.class)
        .single();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
