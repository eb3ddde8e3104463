package org.samakki.cases.subjectaccess;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.audit.AuditEntry;
import org.samakki.audit.AuditQuery;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.cases.consent.LegalBases;
import org.samakki.cases.keys.CaseKeys;
import org.samakki.cases.nrm.CaseView;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.referrals.Referrals;
import org.samakki.registry.PersonDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subject access export (DP-09): one person's complete record — the registry entry and every
 * protection case about them with all its parts decrypted — and who accessed it, as one document.
 * Other people are left out: staff appear by role and agency only, possible duplicates not at all.
 */
@Service
public class SubjectAccess {

  /** The registry resources whose audit rows name the person by their registry id. */
  private static final List<String> PERSON_RESOURCES =
      List.of("person", "document", "registration", "worker-status");

  private final PersonDirectory persons;
  private final ProtectionCases cases;
  private final LegalBases bases;
  private final Referrals referrals;
  private final List<SubjectRecordPart> parts;
  private final CaseKeys keys;
  private final JdbcClient jdbc;
  private final AccessControl access;
  private final AuditTrail audit;
  private final Clock clock;

  SubjectAccess(
      PersonDirectory persons,
      ProtectionCases cases,
      LegalBases bases,
      Referrals referrals,
      List<SubjectRecordPart> parts,
      CaseKeys keys,
      JdbcClient jdbc,
      AccessControl access,
      AuditTrail audit,
      Clock clock) {
    this.persons = persons;
    this.cases = cases;
    this.bases = bases;
    this.referrals = referrals;
    this.parts = parts;
    this.keys = keys;
    this.jdbc = jdbc;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** The export; refused (403) without the permission, missing (404) for an unknown person. */
  @Transactional
  public Map<String, Object> export(long personId) {
    access.require(SubjectRecordPart.RESOURCE, "export");
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("exportedAt", Instant.now(clock));
    export.put("personId", personId);
    export.put("registry", persons.subjectRecord(personId));
    List<Map<String, Object>> caseRecords = new ArrayList<>();
    List<String> caseIds = new ArrayList<>();
    for (CaseView view : cases.ofSubject(personId)) {
      UUID id = UUID.fromString(view.id());
      caseIds.add(view.id());
      caseRecords.add(caseRecord(id, view));
    }
    export.put("protectionCases", caseRecords);
    export.put("accessHistory", accessHistory(personId, caseIds));
    List<String> ids = new ArrayList<>(caseIds);
    ids.add(0, Long.toString(personId));
    audit.record(
        AuditRecord.read(
            "SUBJECT_ACCESS_EXPORT",
            SubjectRecordPart.RESOURCE,
            ids,
            List.of("registry", "protectionCases", "accessHistory")));
    return export;
  }

  private Map<String, Object> caseRecord(UUID id, CaseView view) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("case", view);
    record.put(
        "stages", rows("select from_stage, to_stage, changed_at from cases.stage_change", id));
    record.put("legalBases", bases.history(id).stream().map(SubjectAccess::basis).toList());
    record.put(
        "consents",
        rows(
            "select purpose, recipient_type, giver, child_assent, language, notice_version,"
                + " given_at, withdrawn_at from cases.consent",
            id));
    record.put("screening", screening(id));
    record.put("plan", plan(id));
    record.put(
        "services", rows("select service, provider, delivered_on from cases.service_delivery", id));
    record.put(
        "approvals",
        rows(
            "select subject, closure_reason, requested_at, decided_at, decision from cases.approval",
            id));
    record.put("referrals", referrals.ofCase(id));
    for (SubjectRecordPart part : parts) {
      record.put(part.name(), part.of(id));
    }
    return record;
  }

  private List<Map<String, Object>> rows(String select, UUID caseId) {
    return jdbc.sql(select + " where case_id = ?").param(caseId).query().listOfRows();
  }

  private Map<String, Object> screening(UUID caseId) {
    return jdbc.sql(
            "select screened_on, place, indicators, suggested_outcome, notes from cases.screening"
                + " where case_id = ?")
        .param(caseId)
        .query(
            (rs, n) -> {
              Map<String, Object> s = new LinkedHashMap<>();
              s.put("screenedOn", rs.getObject("screened_on", java.time.LocalDate.class));
              s.put("place", rs.getString("place"));
              s.put("indicators", List.of((String[]) rs.getArray("indicators").getArray()));
              s.put("suggestedOutcome", rs.getString("suggested_outcome"));
              s.put(
                  "notes", keys.open(caseId, "screening-notes", rs.getBytes("notes")).orElse(null));
              return s;
            })
        .optional()
        .orElse(null);
  }

  private List<Map<String, Object>> plan(UUID caseId) {
    return jdbc.sql(
            "select id, kind, text, responsible_agency, due_on, done_on from cases.plan_item"
                + " where case_id = ? order by created_at")
        .param(caseId)
        .query(
            (rs, n) -> {
              Map<String, Object> item = new LinkedHashMap<>();
              item.put("kind", rs.getString("kind"));
              item.put(
                  "text",
                  keys.open(caseId, "plan:" + rs.getObject("id", UUID.class), rs.getBytes("text"))
                      .orElse(null));
              item.put("responsibleAgency", rs.getString("responsible_agency"));
              item.put("dueOn", rs.getObject("due_on", java.time.LocalDate.class));
              item.put("doneOn", rs.getObject("done_on", java.time.LocalDate.class));
              return item;
            })
        .list();
  }

  private static Map<String, Object> basis(LegalBases.Entry entry) {
    Map<String, Object> basis = new LinkedHashMap<>();
    basis.put("purpose", entry.purpose());
    basis.put("basis", entry.basis());
    basis.put("noticeVersion", entry.noticeVersion());
    basis.put("setAt", entry.setAt());
    return basis;
  }

  /** Who saw or changed the person's records: by role and agency, never by name or address. */
  private List<Map<String, Object>> accessHistory(long personId, List<String> caseIds) {
    List<AuditEntry> entries = new ArrayList<>();
    for (String resource : PERSON_RESOURCES) {
      entries.addAll(find(resource, Long.toString(personId)));
    }
    for (String caseId : caseIds) {
      entries.addAll(find(null, caseId));
    }
    return entries.stream()
        .distinct()
        .sorted(java.util.Comparator.comparingLong(AuditEntry::seq))
        .map(SubjectAccess::accessed)
        .toList();
  }

  private List<AuditEntry> find(String resource, String recordId) {
    return audit.find(
        new AuditQuery(
            null, null, null, resource, recordId, null, null, null, null, AuditQuery.MAX_LIMIT));
  }

  private static Map<String, Object> accessed(AuditEntry entry) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("at", entry.occurredAt());
    row.put("action", entry.action());
    row.put("resource", entry.resourceType());
    row.put("fields", entry.fields());
    row.put("roles", entry.roles());
    row.put("agencyId", entry.agencyId());
    row.put("purpose", entry.purpose());
    return row;
  }
}
