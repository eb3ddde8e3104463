package org.samakki.cases.atd;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.cases.keys.CaseKeys;
import org.samakki.cases.nrm.CaseType;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.cases.nrm.Stage;
import org.samakki.geo.AdminAreas;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alternatives to detention for a child in immigration detention, as the MOU on ATD for children
 * sets them out: a best-interests assessment first, then a placement with family, in foster or
 * community care or in a shelter (never before an assessment), then follow-up visits, overdue when
 * their due date passed without a visit. Only for cases of type child in detention. Findings, the
 * caregiver's name and visit notes are encrypted with the case key; every read and change is
 * audited.
 */
@Service
public class DetentionAlternatives {

  static final String RESOURCE = "detention-alternative";
  private static final String CASE = "protection-case";

  private final JdbcClient jdbc;
  private final ProtectionCases cases;
  private final CaseKeys keys;
  private final AdminAreas areas;
  private final AccessControl access;
  private final AuditTrail audit;
  private final Clock clock;

  DetentionAlternatives(
      JdbcClient jdbc,
      ProtectionCases cases,
      CaseKeys keys,
      AdminAreas areas,
      AccessControl access,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.keys = keys;
    this.areas = areas;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** A best-interests assessment: when, by whom, of which agency, what was found and advised. */
  public record Assessment(
      UUID id,
      LocalDate assessedOn,
      String assessor,
      String agency,
      String findings,
      Recommendation recommendation) {}

  /** Where the child lives instead of detention, from when, with whom. */
  public record Placement(
      UUID id,
      UUID assessmentId,
      PlacementType type,
      String areaCode,
      LocalDate startsOn,
      LocalDate endsOn,
      String caregiver,
      LocalDate releasedOn) {}

  /** A follow-up visit to the child: due, done, by whom, what it found. */
  public record Visit(
      UUID id,
      UUID placementId,
      LocalDate dueOn,
      LocalDate doneOn,
      String visitedBy,
      VisitOutcome outcome,
      String notes,
      boolean overdue) {}

  /** What a placement form gives. */
  public record NewPlacement(
      PlacementType type,
      String areaCode,
      LocalDate startsOn,
      LocalDate endsOn,
      String caregiver,
      LocalDate releasedOn) {}

  @Transactional
  public UUID assess(
      UUID caseId,
      LocalDate assessedOn,
      String assessor,
      String agency,
      String findings,
      Recommendation recommendation) {
    requireChildCase(caseId, "update");
    if (assessedOn == null || blank(assessor) || blank(agency) || recommendation == null) {
      throw new IllegalArgumentException("cases.atd.assessment.incomplete");
    }
    if (assessedOn.isAfter(today())) {
      throw new IllegalArgumentException("cases.atd.future");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into cases.best_interests_assessment (id, case_id, assessed_on, assessor,"
                + " agency, findings, recommendation, recorded_by, recorded_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            caseId,
            assessedOn,
            assessor.strip(),
            agency.strip(),
            keys.seal(caseId, "bia:" + id, blank(findings) ? null : findings.strip()),
            recommendation.name(),
            access.actor().id(),
            OffsetDateTime.now(clock))
        .update();
    audit.record(AuditRecord.change("ATD_ASSESS", CASE, caseId.toString(), List.of("assessments")));
    return id;
  }

  /** Places the child; refused until a best-interests assessment of the case exists. */
  @Transactional
  public UUID place(UUID caseId, NewPlacement placement) {
    requireChildCase(caseId, "update");
    UUID assessment =
        jdbc.sql(
                "select id from cases.best_interests_assessment where case_id = ?"
                    + " order by assessed_on desc, recorded_at desc limit 1")
            .param(caseId)
            .query(UUID.class)
            .optional()
            .orElseThrow(() -> new IllegalArgumentException("cases.atd.assessmentFirst"));
    if (placement.type() == null
        || placement.startsOn() == null
        || blank(placement.areaCode())
        || blank(placement.caregiver())) {
      throw new IllegalArgumentException("cases.atd.placement.incomplete");
    }
    String area = placement.areaCode().strip();
    if (!area.matches("\\d{2}|\\d{4}|\\d{6}") || areas.findArea(area).isEmpty()) {
      throw new IllegalArgumentException("cases.atd.placement.unknownArea");
    }
    if (placement.endsOn() != null && placement.endsOn().isBefore(placement.startsOn())) {
      throw new IllegalArgumentException("cases.atd.placement.endsBeforeStart");
    }
    if (placement.releasedOn() != null && placement.releasedOn().isAfter(today())) {
      throw new IllegalArgumentException("cases.atd.future");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into cases.placement (id, case_id, assessment_id, placement_type, area_code,"
                + " starts_on, ends_on, caregiver, released_on, recorded_by, recorded_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            caseId,
            assessment,
            placement.type().name(),
            area,
            placement.startsOn(),
            placement.endsOn(),
            keys.seal(caseId, "placement-caregiver:" + id, placement.caregiver().strip()),
            placement.releasedOn(),
            access.actor().id(),
            OffsetDateTime.now(clock))
        .update();
    audit.record(AuditRecord.change("ATD_PLACE", CASE, caseId.toString(), List.of("placements")));
    return id;
  }

  /** Plans a follow-up visit of the child's latest placement. */
  @Transactional
  public UUID scheduleVisit(UUID caseId, LocalDate dueOn) {
    requireChildCase(caseId, "update");
    if (dueOn == null) {
      throw new IllegalArgumentException("cases.atd.visit.dueRequired");
    }
    UUID placement =
        jdbc.sql(
                "select id from cases.placement where case_id = ?"
                    + " order by starts_on desc, recorded_at desc limit 1")
            .param(caseId)
            .query(UUID.class)
            .optional()
            .orElseThrow(() -> new IllegalArgumentException("cases.atd.placementFirst"));
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into cases.follow_up_visit (id, case_id, placement_id, due_on, created_by,"
                + " created_at) values (?, ?, ?, ?, ?, ?)")
        .params(id, caseId, placement, dueOn, access.actor().id(), OffsetDateTime.now(clock))
        .update();
    audit.record(AuditRecord.change("ATD_VISIT_PLAN", CASE, caseId.toString(), List.of("visits")));
    return id;
  }

  /** Records a planned visit as made, with what it found. */
  @Transactional
  public void visited(
      UUID caseId,
      UUID visitId,
      LocalDate doneOn,
      String visitedBy,
      VisitOutcome outcome,
      String notes) {
    requireChildCase(caseId, "update");
    if (doneOn == null || blank(visitedBy) || outcome == null) {
      throw new IllegalArgumentException("cases.atd.visit.incomplete");
    }
    if (doneOn.isAfter(today())) {
      throw new IllegalArgumentException("cases.atd.future");
    }
    int changed =
        jdbc.sql(
                "update cases.follow_up_visit set done_on = ?, visited_by = ?, outcome = ?,"
                    + " notes = ? where id = ? and case_id = ? and done_on is null")
            .params(
                doneOn,
                visitedBy.strip(),
                outcome.name(),
                keys.seal(caseId, "visit-notes:" + visitId, blank(notes) ? null : notes.strip()),
                visitId,
                caseId)
            .update();
    if (changed == 0) {
      throw new IllegalArgumentException("cases.atd.visit.notOpen");
    }
    audit.record(AuditRecord.change("ATD_VISIT", CASE, caseId.toString(), List.of("visits")));
  }

  /** The child's alternatives to detention, with only the fields the reader may read; audited. */
  @Transactional
  public Map<String, Object> of(UUID caseId) {
    requireChildCase(caseId, "read");
    LocalDate today = today();
    List<Assessment> assessments =
        jdbc.sql(
                "select * from cases.best_interests_assessment where case_id = ?"
                    + " order by assessed_on, recorded_at")
            .param(caseId)
            .query(
                (rs, n) -> {
                  UUID id = rs.getObject("id", UUID.class);
                  return new Assessment(
                      id,
                      rs.getObject("assessed_on", LocalDate.class),
                      rs.getString("assessor"),
                      rs.getString("agency"),
                      keys.open(caseId, "bia:" + id, rs.getBytes("findings")).orElse(null),
                      Recommendation.valueOf(rs.getString("recommendation")));
                })
            .list();
    List<Placement> placements =
        jdbc.sql("select * from cases.placement where case_id = ? order by starts_on, recorded_at")
            .param(caseId)
            .query(
                (rs, n) -> {
                  UUID id = rs.getObject("id", UUID.class);
                  return new Placement(
                      id,
                      rs.getObject("assessment_id", UUID.class),
                      PlacementType.valueOf(rs.getString("placement_type")),
                      rs.getString("area_code"),
                      rs.getObject("starts_on", LocalDate.class),
                      rs.getObject("ends_on", LocalDate.class),
                      keys.open(caseId, "placement-caregiver:" + id, rs.getBytes("caregiver"))
                          .orElse(null),
                      rs.getObject("released_on", LocalDate.class));
                })
            .list();
    List<Visit> visits =
        jdbc.sql(
                "select * from cases.follow_up_visit where case_id = ? order by due_on, created_at")
            .param(caseId)
            .query(
                (rs, n) -> {
                  UUID id = rs.getObject("id", UUID.class);
                  LocalDate due = rs.getObject("due_on", LocalDate.class);
                  LocalDate done = rs.getObject("done_on", LocalDate.class);
                  String outcome = rs.getString("outcome");
                  return new Visit(
                      id,
                      rs.getObject("placement_id", UUID.class),
                      due,
                      done,
                      rs.getString("visited_by"),
                      outcome == null ? null : VisitOutcome.valueOf(outcome),
                      keys.open(caseId, "visit-notes:" + id, rs.getBytes("notes")).orElse(null),
                      done == null && due.isBefore(today));
                })
            .list();
    Map<String, Object> view =
        access.readable(RESOURCE, new AtdView(caseId.toString(), assessments, placements, visits));
    audit.record(
        AuditRecord.read("VIEW", CASE, List.of(caseId.toString()), List.copyOf(view.keySet())));
    return view;
  }

  /** Whether the case is a child's in immigration detention (the reader may read the case). */
  public boolean applies(UUID caseId) {
    cases.require(caseId, "read");
    return type(caseId) == CaseType.CHILD_IN_DETENTION;
  }

  private void requireChildCase(UUID caseId, String action) {
    access.require(RESOURCE, action);
    ProtectionCases.CaseState state = cases.require(caseId, action);
    if (type(caseId) != CaseType.CHILD_IN_DETENTION) {
      throw new IllegalArgumentException("cases.atd.notChildInDetention");
    }
    if (!"read".equals(action) && state.stage() == Stage.CLOSED) {
      throw new IllegalArgumentException("cases.atd.closed");
    }
  }

  private CaseType type(UUID caseId) {
    return CaseType.valueOf(
        jdbc.sql("select case_type from cases.protection_case where id = ?")
            .param(caseId)
            .query(String.class)
            .single());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
