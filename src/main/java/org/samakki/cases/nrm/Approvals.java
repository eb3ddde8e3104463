package org.samakki.cases.nrm;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four eyes on a case: a caseworker submits the case plan or asks to close the case, and a
 * supervisor who did not ask approves or rejects; a closure takes effect only when approved.
 */
@Service
public class Approvals {

  private final JdbcClient jdbc;
  private final ProtectionCases cases;
  private final AccessControl access;
  private final AuditTrail audit;
  private final Clock clock;

  Approvals(
      JdbcClient jdbc, ProtectionCases cases, AccessControl access, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** What waits for a supervisor, or was last decided. */
  public enum Subject {
    PLAN,
    CLOSURE
  }

  /** A request and, once decided, the decision. */
  public record Request(
      UUID id,
      Subject subject,
      String closureReason,
      UUID requestedBy,
      OffsetDateTime requestedAt,
      String decision,
      OffsetDateTime decidedAt) {

    public boolean pending() {
      return decision == null;
    }
  }

  /** Submits the case plan for approval; there must be something in it. */
  @Transactional
  public void submitPlan(UUID caseId) {
    cases.visible(caseId, "update");
    Integer items =
        jdbc.sql("select count(*) from cases.plan_item where case_id = ?")
            .param(caseId)
            .query(Integer.class)
            .single();
    if (items == 0) {
      throw new IllegalArgumentException("cases.plan.empty");
    }
    request(caseId, Subject.PLAN, null);
  }

  /** Asks for the case to be closed with this reason; it closes when a supervisor approves. */
  @Transactional
  public void requestClosure(UUID caseId, ClosureReason reason) {
    ProtectionCases.Row row = cases.visible(caseId, "update");
    if (row.stage() == Stage.CLOSED) {
      throw new IllegalArgumentException("cases.stage.notNext");
    }
    request(caseId, Subject.CLOSURE, reason.name());
  }

  /** A supervisor's decision on a pending request; never on their own request. */
  @Transactional
  public void decide(UUID caseId, Subject subject, boolean approve) {
    cases.visible(caseId, "approve");
    Request pending =
        pending(caseId, subject)
            .orElseThrow(() -> new IllegalArgumentException("cases.approval.none"));
    if (pending.requestedBy().equals(access.actor().id())) {
      throw new IllegalArgumentException("cases.approval.ownRequest");
    }
    jdbc.sql("update cases.approval set decided_by = ?, decided_at = ?, decision = ? where id = ?")
        .params(
            access.actor().id(),
            OffsetDateTime.now(clock),
            approve ? "APPROVED" : "REJECTED",
            pending.id())
        .update();
    audit.record(
        AuditRecord.change(
            approve ? "APPROVE" : "REJECT",
            ProtectionCases.RESOURCE,
            caseId.toString(),
            List.of(subject == Subject.PLAN ? "plan" : "stage")));
    if (approve && subject == Subject.CLOSURE) {
      cases.closeApproved(caseId, ClosureReason.valueOf(pending.closureReason()));
    }
  }

  /** The requests of a case, newest first. */
  @Transactional
  public List<Request> of(UUID caseId) {
    cases.visible(caseId, "read");
    audit.record(
        AuditRecord.read(
            "VIEW", ProtectionCases.RESOURCE, List.of(caseId.toString()), List.of("approvals")));
    return jdbc.sql("select * from cases.approval where case_id = ? order by requested_at desc")
        .param(caseId)
        .query(Approvals::request)
        .list();
  }

  private Optional<Request> pending(UUID caseId, Subject subject) {
    return jdbc.sql(
            "select * from cases.approval where case_id = ? and subject = ? and decision is null"
                + " for update")
        .params(caseId, subject.name())
        .query(Approvals::request)
        .optional();
  }

  private void request(UUID caseId, Subject subject, String closureReason) {
    try {
      jdbc.sql(
              "insert into cases.approval (id, case_id, subject, closure_reason, requested_by,"
                  + " requested_at) values (?, ?, ?, ?, ?, ?)")
          .params(
              UUID.randomUUID(),
              caseId,
              subject.name(),
              closureReason,
              access.actor().id(),
              OffsetDateTime.now(clock))
          .update();
    } catch (DuplicateKeyException alreadyWaiting) {
      throw new IllegalArgumentException("cases.approval.alreadyPending");
    }
    audit.record(
        AuditRecord.change(
            "REQUEST_" + subject.name(), ProtectionCases.RESOURCE, caseId.toString(), List.of()));
  }

  private static Request request(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Request(
        rs.getObject("id", UUID.class),
        Subject.valueOf(rs.getString("subject")),
        rs.getString("closure_reason"),
        rs.getObject("requested_by", UUID.class),
        rs.getObject("requested_at", OffsetDateTime.class),
        rs.getString("decision"),
        rs.getObject("decided_at", OffsetDateTime.class));
  }
}
