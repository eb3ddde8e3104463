package org.samakki.cases.nrm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.samakki.access.AccessControl;
import org.samakki.access.Actor;
import org.samakki.access.RecordFacts;
import org.samakki.access.RecordNotFoundException;
import org.samakki.access.StaffDirectory;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.cases.consent.LegalBases;
import org.samakki.cases.consent.LegalBasis;
import org.samakki.cases.consent.ProcessingPurpose;
import org.samakki.cases.keys.CaseKeys;
import org.samakki.registry.PersonDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Protection cases along the National Referral Mechanism: opened on a person of the registry, moved
 * forward stage by stage (with the 15-day clock of temporary protection), identified by a
 * multidisciplinary team, closed with a reason and reopened. Need-to-know access, every read and
 * change audited, the narrative encrypted with the case's own key.
 */
@Service
public class ProtectionCases {

  static final String RESOURCE = "protection-case";

  /** The role of multidisciplinary team members, who may be assigned from any agency. */
  static final String TEAM_ROLE = "mdt-member";

  /** The longest free text a field of the case keeps. */
  static final int MAX_TEXT = 20_000;

  private final JdbcClient jdbc;
  private final CaseKeys keys;
  private final LegalBases bases;
  private final PersonDirectory persons;
  private final StaffDirectory staff;
  private final AccessControl access;
  private final AuditTrail audit;
  private final Clock clock;

  ProtectionCases(
      JdbcClient jdbc,
      CaseKeys keys,
      LegalBases bases,
      PersonDirectory persons,
      StaffDirectory staff,
      AccessControl access,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.keys = keys;
    this.bases = bases;
    this.persons = persons;
    this.staff = staff;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * What intake knows when a case is opened on a person found (or created) in the registry, with
   * the legal basis for managing the case (DP-01).
   */
  public record Opening(
      long personId,
      CaseType type,
      boolean child,
      String narrative,
      String noticeVersion,
      String noticeLanguage,
      LegalBasis basis) {}

  /** Opens a case in screening, assigned to the officer who opens it; returns its id. */
  @Transactional
  public UUID open(Opening opening) {
    access.require(RESOURCE, "create");
    if (opening.type() == null) {
      throw new IllegalArgumentException("cases.open.typeRequired");
    }
    if (opening.noticeVersion() == null
        || opening.noticeVersion().isBlank()
        || opening.noticeLanguage() == null
        || !opening.noticeLanguage().matches("[a-z]{2,3}")) {
      // the privacy notice is shown at collection, in the person's language (DP-19)
      throw new IllegalArgumentException("cases.open.noticeRequired");
    }
    if (opening.basis() == null) {
      throw new IllegalArgumentException("cases.legalBasis.required");
    }
    persons.requireReadable(opening.personId());
    Actor actor = access.actor();
    UUID id = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(clock);
    long serial = jdbc.sql("select nextval('cases.case_ref_seq')").query(Long.class).single();
    keys.create(id);
    boolean child = opening.child() || opening.type() == CaseType.CHILD_IN_DETENTION;
    jdbc.sql(
            "insert into cases.protection_case (id, case_ref, person_id, case_type, stage,"
                + " highly_sensitive, child, owner_agency_id, area_code, opened_at, opened_by,"
                + " narrative, notice_version, notice_language, updated_at)"
                + " values (?, ?, ?, ?, 'SCREENING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            String.format("C-%d-%06d", now.getYear(), serial),
            opening.personId(),
            opening.type().name(),
            opening.type().highlySensitive(),
            child,
            actor.agencyId(),
            actor.areaCode(),
            now,
            actor.id(),
            keys.seal(id, "narrative", opening.narrative()),
            opening.noticeVersion().strip(),
            opening.noticeLanguage(),
            now)
        .update();
    jdbc.sql("insert into cases.assignment (case_id, user_id) values (?, ?)")
        .params(id, actor.id())
        .update();
    stageChange(id, null, Stage.SCREENING, now);
    bases.set(id, ProcessingPurpose.CASE_MANAGEMENT, opening.basis(), opening.noticeVersion());
    audit.record(AuditRecord.change("CREATE", RESOURCE, id.toString(), fields()));
    return id;
  }

  /** The case as the reader may see it; missing (404) outside their need to know. */
  @Transactional
  public Map<String, Object> read(UUID id) {
    Row row = visible(id, "read");
    Map<String, Object> view = access.readable(RESOURCE, view(row));
    audit.record(
        AuditRecord.read("VIEW", RESOURCE, List.of(id.toString()), List.copyOf(view.keySet())));
    return view;
  }

  /**
   * Changes the fields that are edited directly (the narrative, whether the person is a child);
   * fields the reader may not write are refused (403), the others move with their own steps.
   */
  @Transactional
  public Map<String, Object> update(UUID id, Map<String, Object> changes) {
    visible(id, "update");
    access.requireWritable(RESOURCE, changes.keySet());
    for (Object value : changes.values()) {
      if (value instanceof String text && text.length() > MAX_TEXT) {
        throw new IllegalArgumentException("cases.field.tooLong");
      }
    }
    for (Map.Entry<String, Object> change : changes.entrySet()) {
      switch (change.getKey()) {
        case "narrative" -> {
          if (!(change.getValue() == null || change.getValue() instanceof String)) {
            throw new IllegalArgumentException("cases.field.invalid");
          }
          jdbc.sql("update cases.protection_case set narrative = ?, updated_at = ? where id = ?")
              .params(
                  keys.seal(id, "narrative", (String) change.getValue()),
                  OffsetDateTime.now(clock),
                  id)
              .update();
        }
        case "health", "immigrationStatus" -> {
          if (!(change.getValue() == null || change.getValue() instanceof String)) {
            throw new IllegalArgumentException("cases.field.invalid");
          }
          String column = change.getKey().equals("health") ? "health" : "immigration_status";
          jdbc.sql(
                  "update cases.protection_case set "
                      + column
                      + " = ?, updated_at = ? where id = ?")
              .params(
                  keys.seal(id, change.getKey(), (String) change.getValue()),
                  OffsetDateTime.now(clock),
                  id)
              .update();
        }
        case "child" -> {
          if (!(change.getValue() instanceof Boolean child)) {
            throw new IllegalArgumentException("cases.field.invalid");
          }
          jdbc.sql("update cases.protection_case set child = ?, updated_at = ? where id = ?")
              .params(child, OffsetDateTime.now(clock), id)
              .update();
        }
        default -> throw new IllegalArgumentException("cases.field.notEditable");
      }
    }
    audit.record(
        AuditRecord.change("UPDATE", RESOURCE, id.toString(), List.copyOf(changes.keySet())));
    return read(id);
  }

  /** Moves the case to the next stage; the stages that need a decision first refuse without it. */
  @Transactional
  public void advance(UUID id, Stage to) {
    Row row = visible(id, "update");
    if (to == Stage.CLOSED) {
      throw new IllegalArgumentException("cases.close.reasonRequired");
    }
    if (!row.stage().next().contains(to)) {
      throw new IllegalArgumentException("cases.stage.notNext");
    }
    if (to == Stage.PROTECTION && row.identification() == null) {
      throw new IllegalArgumentException("cases.identification.required");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql(
            "update cases.protection_case set stage = ?, protection_started_on = coalesce(?,"
                + " protection_started_on), updated_at = ? where id = ?")
        .params(to.name(), to == Stage.TEMPORARY_PROTECTION ? now.toLocalDate() : null, now, id)
        .update();
    stageChange(id, row.stage(), to, now);
    audit.record(AuditRecord.change("STAGE", RESOURCE, id.toString(), List.of("stage")));
  }

  /**
   * The multidisciplinary team's decision, recorded at the identification stage only: at least two
   * members from at least two agencies, each with their name, profession and agency. The case shows
   * the deciding agencies; the team is kept member by member with who recorded it and when.
   */
  @Transactional
  public void identify(
      UUID id, Identification decision, List<TeamMember> team, LocalDate decidedOn) {
    Row row = visible(id, "identify");
    if (row.stage() != Stage.IDENTIFICATION) {
      throw new IllegalArgumentException("cases.identification.wrongStage");
    }
    if (decision == null || decidedOn == null || team == null) {
      throw new IllegalArgumentException("cases.identification.incomplete");
    }
    if (decidedOn.isAfter(LocalDate.now(clock))) {
      throw new IllegalArgumentException("cases.identification.future");
    }
    List<TeamMember> members = new ArrayList<>();
    for (TeamMember member : team) {
      if (member == null
          || member.role() == null
          || blank(member.name())
          || blank(member.agency())
          || member.name().strip().length() > 200
          || member.agency().strip().length() > 200) {
        throw new IllegalArgumentException("cases.identification.memberIncomplete");
      }
      members.add(new TeamMember(member.name().strip(), member.role(), member.agency().strip()));
    }
    Set<String> agencies = new LinkedHashSet<>();
    members.forEach(m -> agencies.add(m.agency()));
    long distinctAgencies =
        agencies.stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).distinct().count();
    if (members.size() < 2 || distinctAgencies < 2) {
      throw new IllegalArgumentException("cases.identification.twoAgencies");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql("delete from cases.identification_member where case_id = ?").param(id).update();
    for (int i = 0; i < members.size(); i++) {
      TeamMember m = members.get(i);
      jdbc.sql(
              "insert into cases.identification_member (case_id, position, name, profession,"
                  + " agency) values (?, ?, ?, ?, ?)")
          .params(id, i, m.name(), m.role().name(), m.agency())
          .update();
    }
    jdbc.sql(
            "update cases.protection_case set identification = ?, identified_by = ?,"
                + " identified_on = ?, identification_recorded_by = ?,"
                + " identification_recorded_by_name = ?, identification_recorded_at = ?,"
                + " updated_at = ? where id = ?")
        .params(
            decision.name(),
            String.join("; ", agencies),
            decidedOn,
            access.actor().id(),
            access.actor().name(),
            now,
            now,
            id)
        .update();
    audit.record(
        AuditRecord.change(
            "IDENTIFY",
            RESOURCE,
            id.toString(),
            List.of("identification", "identifiedBy", "identifiedOn", "identificationTeam")));
  }

  /** The team that decided, member by member, with who recorded the decision and when. */
  public record Team(
      List<TeamMember> members,
      UUID recordedBy,
      String recordedByName,
      OffsetDateTime recordedAt) {}

  /** The identification team of the case, if the decision was recorded; the read is audited. */
  @Transactional
  public Optional<Team> team(UUID id) {
    Row row = visible(id, "read");
    if (row.identification() == null || !access.readableFields(RESOURCE).contains("identifiedBy")) {
      return Optional.empty();
    }
    List<TeamMember> members =
        jdbc.sql(
                "select name, profession, agency from cases.identification_member"
                    + " where case_id = ? order by position")
            .param(id)
            .query(
                (rs, n) ->
                    new TeamMember(
                        rs.getString(1), TeamRole.valueOf(rs.getString(2)), rs.getString(3)))
            .list();
    Team team =
        jdbc.sql(
                "select identification_recorded_by, identification_recorded_by_name,"
                    + " identification_recorded_at from cases.protection_case where id = ?")
            .param(id)
            .query(
                (rs, n) ->
                    new Team(
                        members,
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class)))
            .single();
    audit.record(
        AuditRecord.read("VIEW", RESOURCE, List.of(id.toString()), List.of("identificationTeam")));
    return Optional.of(team);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** Closes the case once a supervisor approved the closure ({@link Approvals}). */
  void closeApproved(UUID id, ClosureReason reason) {
    Row row = row(id);
    if (row.stage() == Stage.CLOSED) {
      throw new IllegalArgumentException("cases.stage.notNext");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql(
            "update cases.protection_case set stage = 'CLOSED', closure_reason = ?, closed_at = ?,"
                + " updated_at = ? where id = ?")
        .params(reason.name(), now, now, id)
        .update();
    stageChange(id, row.stage(), Stage.CLOSED, now);
    audit.record(
        AuditRecord.change("CLOSE", RESOURCE, id.toString(), List.of("stage", "closureReason")));
  }

  /** Reopens a closed case at the stage it was closed from. */
  @Transactional
  public void reopen(UUID id) {
    Row row = visible(id, "update");
    if (row.stage() != Stage.CLOSED) {
      throw new IllegalArgumentException("cases.reopen.notClosed");
    }
    if (keys.destroyed(id)) {
      throw new IllegalArgumentException("cases.reopen.anonymised");
    }
    Stage before =
        Stage.valueOf(
            jdbc.sql(
                    "select from_stage from cases.stage_change where case_id = ? and to_stage = 'CLOSED'"
                        + " order by changed_at desc, id desc limit 1")
                .param(id)
                .query(String.class)
                .single());
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql(
            "update cases.protection_case set stage = ?, closure_reason = null, closed_at = null,"
                + " updated_at = ? where id = ?")
        .params(before.name(), now, id)
        .update();
    stageChange(id, Stage.CLOSED, before, now);
    audit.record(AuditRecord.change("REOPEN", RESOURCE, id.toString(), List.of("stage")));
  }

  /** A case in a list: what a caseworker needs to pick it. */
  public record Summary(
      UUID id, String caseRef, String caseType, String stage, LocalDate protectionDeadline) {}

  /** The cases assigned to the current user, newest first. */
  @Transactional
  public List<Summary> mine() {
    access.require(RESOURCE, "list");
    List<Summary> found =
        jdbc.sql(
                "select c.id, c.case_ref, c.case_type, c.stage, c.protection_started_on"
                    + " from cases.protection_case c join cases.assignment a on a.case_id = c.id"
                    + " where a.user_id = ? order by c.opened_at desc limit 200")
            .param(access.actor().id())
            .query(
                (rs, n) -> {
                  LocalDate started = rs.getObject("protection_started_on", LocalDate.class);
                  return new Summary(
                      rs.getObject("id", UUID.class),
                      rs.getString("case_ref"),
                      rs.getString("case_type"),
                      rs.getString("stage"),
                      started == null ? null : started.plusDays(Stage.PROTECTION_DAYS));
                })
            .list();
    audit.record(
        AuditRecord.read(
            "LIST",
            RESOURCE,
            found.stream().map(c -> c.id().toString()).toList(),
            List.of("caseRef", "caseType", "stage", "protectionDeadline")));
    return found;
  }

  /** One change of stage, for the case's timeline. */
  public record StageChange(String from, String to, OffsetDateTime at) {}

  /** The case's stages so far, oldest first. */
  @Transactional
  public List<StageChange> history(UUID id) {
    visible(id, "read");
    audit.record(
        AuditRecord.read("VIEW", RESOURCE, List.of(id.toString()), List.of("stageHistory")));
    return jdbc.sql(
            "select from_stage, to_stage, changed_at from cases.stage_change where case_id = ?"
                + " order by changed_at, id")
        .param(id)
        .query(
            (rs, n) ->
                new StageChange(
                    rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
        .list();
  }

  /** Adds a worker to the case (they then see it however sensitive it is). */
  @Transactional
  public void assign(UUID id, UUID user) {
    Row row = visible(id, "update");
    // an active colleague of the agency that holds the case, or a member of a multidisciplinary
    // team of any agency (the NRM's identification interview brings several agencies together)
    staff
        .find(user)
        .filter(m -> m.active() && (m.agencyId().equals(row.ownerAgency()) || teamMember(m)))
        .orElseThrow(() -> new IllegalArgumentException("cases.assign.notColleague"));
    jdbc.sql("insert into cases.assignment (case_id, user_id) values (?, ?) on conflict do nothing")
        .params(id, user)
        .update();
    audit.record(AuditRecord.change("ASSIGN", RESOURCE, id.toString(), List.of("assignees")));
  }

  /** The workers assigned to the case, by name; the reader must see the case. */
  @Transactional
  public List<StaffDirectory.Member> assignees(UUID id) {
    Row row = visible(id, "read");
    audit.record(AuditRecord.read("VIEW", RESOURCE, List.of(id.toString()), List.of("assignees")));
    return row.assignees().stream()
        .map(staff::find)
        .flatMap(java.util.Optional::stream)
        .sorted(java.util.Comparator.comparing(StaffDirectory.Member::displayName))
        .toList();
  }

  /** The active colleagues of the case's agency not yet assigned to it, to choose from. */
  public List<StaffDirectory.Member> assignable(UUID id) {
    Row row = visible(id, "update");
    List<StaffDirectory.Member> choices =
        new java.util.ArrayList<>(staff.activeMembers(row.ownerAgency()));
    staff.activeWithRole(TEAM_ROLE).stream()
        .filter(m -> !m.agencyId().equals(row.ownerAgency()))
        .forEach(choices::add);
    return choices.stream().filter(m -> !row.assignees().contains(m.id())).toList();
  }

  private static boolean teamMember(StaffDirectory.Member member) {
    return member.roles().contains(TEAM_ROLE);
  }

  /**
   * Restricts processing of the case at the person's request (DP-13): from now on only its
   * custodians (the assigned workers and whoever restricted it) see it, and nothing changes or is
   * shared until the restriction is lifted.
   */
  @Transactional
  public void restrict(UUID id, String reason) {
    access.require(RESOURCE, "restrict");
    Row row = visible(id, "restrict");
    if (row.restrictedBy() != null) {
      throw new IllegalArgumentException("cases.restriction.already");
    }
    if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
      throw new IllegalArgumentException("cases.restriction.reasonRequired");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql(
            "update cases.protection_case set restricted_at = ?, restricted_by = ?,"
                + " restriction_reason = ?, updated_at = ? where id = ?")
        .params(
            now, access.actor().id(), keys.seal(id, "restrictionReason", reason.strip()), now, id)
        .update();
    audit.record(
        AuditRecord.change(
            "RESTRICT", RESOURCE, id.toString(), List.of("restricted", "restrictionReason")));
  }

  /** Lifts the restriction; only a custodian can, since no one else sees the case. */
  @Transactional
  public void lift(UUID id) {
    Row row = visible(id, "restrict");
    if (row.restrictedBy() == null) {
      throw new IllegalArgumentException("cases.restriction.notRestricted");
    }
    jdbc.sql(
            "update cases.protection_case set restricted_at = null, restricted_by = null,"
                + " restriction_reason = null, updated_at = ? where id = ?")
        .params(OffsetDateTime.now(clock), id)
        .update();
    audit.record(
        AuditRecord.change("LIFT_RESTRICTION", RESOURCE, id.toString(), List.of("restricted")));
  }

  /** The legal basis in force for each purpose of the case. */
  @Transactional
  public List<LegalBases.Entry> legalBases(UUID id) {
    visible(id, "read");
    audit.record(AuditRecord.read("VIEW", RESOURCE, List.of(id.toString()), List.of("legalBases")));
    return bases.inForce(id);
  }

  /** Sets the legal basis of one purpose of the case (DP-01). */
  @Transactional
  public void setLegalBasis(
      UUID id, ProcessingPurpose purpose, LegalBasis basis, String noticeVersion) {
    visible(id, "update");
    bases.set(id, purpose, basis, noticeVersion);
  }

  /** Refuses (422) processing the case for a purpose without a legal basis in force. */
  public void requireBasis(UUID id, ProcessingPurpose purpose) {
    bases.require(id, purpose);
  }

  /**
   * Every case about a person with every field decrypted, for a subject access request (DP-09);
   * only for a reader who may export one. The caller audits the export.
   */
  public List<CaseView> ofSubject(long personId) {
    access.require("subject-access", "export");
    Set<String> all =
        Arrays.stream(CaseView.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName)
            .collect(Collectors.toSet());
    return jdbc
        .sql("select id from cases.protection_case where person_id = ? order by opened_at")
        .param(personId)
        .query(UUID.class)
        .list()
        .stream()
        .map(id -> view(row(id), all))
        .toList();
  }

  /** What other parts of the case need to know once the reader may act on it. */
  public record CaseState(UUID id, Stage stage, boolean child) {}

  /** The case's stage and whether it is a child's; missing (404) unless the reader may act so. */
  public CaseState require(UUID id, String action) {
    Row row = visible(id, action);
    return new CaseState(id, row.stage(), row.child());
  }

  /** The access facts of a case, for this module and for referrals. */
  public RecordFacts facts(UUID id) {
    return row(id).facts();
  }

  Row visible(UUID id, String action) {
    Row row = row(id);
    access.requireRecord(action, row.facts());
    if (row.restrictedBy() != null) {
      // restricted (DP-13): missing to everyone but its custodians, and frozen for them too
      if (!row.custodians().contains(access.actor().id())) {
        throw new RecordNotFoundException(RESOURCE, id.toString());
      }
      if (!action.equals("read") && !action.equals("restrict")) {
        throw new IllegalArgumentException("cases.restricted");
      }
    }
    return row;
  }

  Row row(UUID id) {
    return jdbc.sql(
            "select c.*, array(select a.user_id from cases.assignment a where a.case_id = c.id)"
                + " as assignees from cases.protection_case c where c.id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Row(
                    id,
                    rs.getString("case_ref"),
                    (Long) rs.getObject("person_id"),
                    CaseType.valueOf(rs.getString("case_type")),
                    Stage.valueOf(rs.getString("stage")),
                    rs.getBoolean("highly_sensitive"),
                    rs.getBoolean("child"),
                    rs.getObject("owner_agency_id", UUID.class),
                    rs.getString("area_code"),
                    rs.getObject("opened_at", OffsetDateTime.class),
                    rs.getObject("protection_started_on", LocalDate.class),
                    rs.getString("identification"),
                    rs.getString("identified_by"),
                    rs.getObject("identified_on", LocalDate.class),
                    rs.getString("closure_reason"),
                    rs.getBytes("narrative"),
                    rs.getBytes("health"),
                    rs.getBytes("immigration_status"),
                    rs.getObject("restricted_by", UUID.class),
                    Set.copyOf(Arrays.asList((UUID[]) rs.getArray("assignees").getArray()))))
        .optional()
        .orElseThrow(() -> new RecordNotFoundException(RESOURCE, id.toString()));
  }

  private CaseView view(Row row) {
    // decrypted only for a reader whose role may read the field
    return view(row, access.readableFields(RESOURCE));
  }

  /** The case with the encrypted fields named decrypted, the others left empty. */
  CaseView view(Row row, Set<String> decrypted) {
    String narrative = open(row, "narrative", row.narrative(), decrypted);
    return new CaseView(
        row.id().toString(),
        row.caseRef(),
        row.personId() == null ? null : Long.toString(row.personId()),
        row.type().name(),
        row.stage().name(),
        row.highlySensitive(),
        row.child(),
        row.openedAt().toInstant(),
        row.protectionStartedOn(),
        row.protectionStartedOn() == null
            ? null
            : row.protectionStartedOn().plusDays(Stage.PROTECTION_DAYS),
        row.identification(),
        row.identifiedBy(),
        row.identifiedOn(),
        row.closureReason(),
        row.restrictedBy() != null,
        narrative,
        open(row, "health", row.health(), decrypted),
        open(row, "immigrationStatus", row.immigrationStatus(), decrypted));
  }

  private String open(Row row, String field, byte[] sealed, Set<String> decrypted) {
    return decrypted.contains(field) ? keys.open(row.id(), field, sealed).orElse(null) : null;
  }

  private void stageChange(UUID id, Stage from, Stage to, OffsetDateTime at) {
    jdbc.sql(
            "insert into cases.stage_change (case_id, from_stage, to_stage, changed_at, changed_by)"
                + " values (?, ?, ?, ?, ?)")
        .params(id, from == null ? null : from.name(), to.name(), at, access.actor().id())
        .update();
  }

  private static List<String> fields() {
    return Arrays.stream(CaseView.class.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName)
        .collect(Collectors.toList());
  }

  /** A case as stored, with what access decisions need. */
  record Row(
      UUID id,
      String caseRef,
      Long personId,
      CaseType type,
      Stage stage,
      boolean highlySensitive,
      boolean child,
      UUID ownerAgency,
      String areaCode,
      OffsetDateTime openedAt,
      LocalDate protectionStartedOn,
      String identification,
      String identifiedBy,
      LocalDate identifiedOn,
      String closureReason,
      byte[] narrative,
      byte[] health,
      byte[] immigrationStatus,
      UUID restrictedBy,
      Set<UUID> assignees) {

    /** Who may still see the case while it is restricted. */
    Set<UUID> custodians() {
      Set<UUID> custodians = new java.util.HashSet<>(assignees);
      if (restrictedBy != null) {
        custodians.add(restrictedBy);
      }
      return custodians;
    }

    RecordFacts facts() {
      // a restricted case is as narrow as a highly sensitive one, to its custodians
      return restrictedBy == null
          ? new RecordFacts(
              RESOURCE, id.toString(), ownerAgency, areaCode, null, assignees, highlySensitive)
          : new RecordFacts(
              RESOURCE, id.toString(), ownerAgency, areaCode, null, custodians(), true);
    }
  }
}
