package org.samakki.cases.htcds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.access.RecordFacts;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.cases.keys.CaseKeys;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.geo.AdminAreas;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HTCDS contents of a protection case: read with the fields the reader's role may read (free
 * text decrypted with the case key only for them), changed field by field with the fields the role
 * may write; every read and change audited (field names only). Outside need-to-know a case is
 * missing (404), as on the case page.
 */
@Service
public class TraffickingRecords {

  static final String RESOURCE = "trafficking-record";

  /** The fields changed directly; events and risk assessments are added one by one. */
  static final Set<String> EDITABLE =
      Set.of(
          "recruiterType",
          "recruitedOn",
          "recruitmentArea",
          "recruitmentCountry",
          "recruitmentFee",
          "debtOwed",
          "recruitmentDetails",
          "meansOfControl",
          "exploitationTypes",
          "industries");

  private static final Set<String> COUNTRIES =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
  private static final BigDecimal MAXIMUM_AMOUNT = new BigDecimal("9999999999.99");

  private final JdbcClient jdbc;
  private final ProtectionCases cases;
  private final CaseKeys keys;
  private final AdminAreas areas;
  private final AccessControl access;
  private final AuditTrail audit;
  private final Clock clock;

  TraffickingRecords(
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

  /** A step of the trafficking experience: where (a Thai area or a country) and when. */
  public record Event(
      UUID id,
      EventKind kind,
      String areaCode,
      String country,
      LocalDate startedOn,
      LocalDate endedOn,
      String notes) {}

  /** A risk assessment: when, by whom, the level, who is at risk and notes. */
  public record RiskAssessment(
      UUID id,
      LocalDate assessedOn,
      String assessor,
      RiskLevel level,
      List<AtRisk> atRisk,
      String notes) {}

  /** The case's HTCDS contents with the fields the reader may read; the read is audited. */
  @Transactional
  public Map<String, Object> read(UUID caseId) {
    requireRecord(caseId, "read");
    TraffickingView view = view(caseId, access.readableFields(RESOURCE));
    Map<String, Object> visible = access.readable(RESOURCE, view);
    audit.record(
        AuditRecord.read(
            "VIEW", RESOURCE, List.of(caseId.toString()), List.copyOf(visible.keySet())));
    return visible;
  }

  /**
   * The record with the encrypted parts named in {@code readable} decrypted; no access check, for
   * {@link #read} and the subject access export.
   */
  TraffickingView view(UUID caseId, Set<String> readable) {
    Stored stored = stored(caseId);
    Map<String, Object> caseFields = caseFields(caseId);
    return new TraffickingView(
        caseId.toString(),
        (String) caseFields.get("case_ref"),
        (String) caseFields.get("identification"),
        (String) caseFields.get("identified_by"),
        name(stored.recruiterType()),
        stored.recruitedOn(),
        stored.recruitmentArea(),
        stored.recruitmentCountry(),
        stored.recruitmentFee(),
        stored.debtOwed(),
        readable.contains("recruitmentDetails")
            ? keys.open(caseId, "htcds-recruitment", stored.recruitmentDetails()).orElse(null)
            : null,
        names(stored.meansOfControl()),
        names(stored.exploitationTypes()),
        names(stored.industries()),
        readable.contains("events") ? events(caseId) : List.of(),
        readable.contains("riskAssessments") ? risks(caseId) : List.of());
  }

  /**
   * Changes the recruitment and exploitation fields named in {@code changes}: fields the reader may
   * not write are refused (403) and nothing is saved; values are checked (known codes, dates not in
   * the future, amounts not negative). A null or empty value clears the field.
   */
  @Transactional
  public Map<String, Object> update(UUID caseId, Map<String, ?> changes) {
    requireRecord(caseId, "update");
    access.requireWritable(RESOURCE, changes.keySet());
    if (keys.destroyed(caseId)) {
      throw new IllegalArgumentException("cases.reopen.anonymised");
    }
    Stored s = stored(caseId);
    RecruiterType recruiterType = s.recruiterType();
    LocalDate recruitedOn = s.recruitedOn();
    String area = s.recruitmentArea();
    String country = s.recruitmentCountry();
    BigDecimal fee = s.recruitmentFee();
    BigDecimal debt = s.debtOwed();
    byte[] details = s.recruitmentDetails();
    Set<MeansOfControl> means = s.meansOfControl();
    Set<ExploitationType> exploitation = s.exploitationTypes();
    Set<Industry> industries = s.industries();
    for (Map.Entry<String, ?> change : changes.entrySet()) {
      Object value = change.getValue();
      switch (change.getKey()) {
        case "recruiterType" -> recruiterType = choice(RecruiterType.class, value);
        case "recruitedOn" -> recruitedOn = pastDate(value);
        case "recruitmentArea" -> area = area(value);
        case "recruitmentCountry" -> country = country(value);
        case "recruitmentFee" -> fee = amount(value);
        case "debtOwed" -> debt = amount(value);
        case "recruitmentDetails" ->
            details = keys.seal(caseId, "htcds-recruitment", text(value, 5000));
        case "meansOfControl" -> means = choices(MeansOfControl.class, value);
        case "exploitationTypes" -> exploitation = choices(ExploitationType.class, value);
        case "industries" -> industries = choices(Industry.class, value);
        default -> throw new IllegalArgumentException("cases.field.notEditable");
      }
    }
    if (area != null && country != null && !"THA".equals(country)) {
      throw new IllegalArgumentException("cases.htcds.placeEither");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql(
            "insert into cases.trafficking_record (case_id, recruiter_type, recruited_on,"
                + " recruitment_area, recruitment_country, recruitment_fee, debt_owed,"
                + " recruitment_details, means_of_control, exploitation_types, industries,"
                + " updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (case_id) do update set recruiter_type = excluded.recruiter_type,"
                + " recruited_on = excluded.recruited_on,"
                + " recruitment_area = excluded.recruitment_area,"
                + " recruitment_country = excluded.recruitment_country,"
                + " recruitment_fee = excluded.recruitment_fee, debt_owed = excluded.debt_owed,"
                + " recruitment_details = excluded.recruitment_details,"
                + " means_of_control = excluded.means_of_control,"
                + " exploitation_types = excluded.exploitation_types,"
                + " industries = excluded.industries, updated_at = excluded.updated_at,"
                + " updated_by = excluded.updated_by")
        .params(
            caseId,
            name(recruiterType),
            recruitedOn,
            area,
            country,
            fee,
            debt,
            details,
            array(means),
            array(exploitation),
            array(industries),
            now,
            access.actor().id())
        .update();
    audit.record(
        AuditRecord.change("UPDATE", RESOURCE, caseId.toString(), List.copyOf(changes.keySet())));
    return read(caseId);
  }

  /** What the form or the API gives for a new event. */
  public record NewEvent(
      EventKind kind,
      String areaCode,
      String country,
      LocalDate startedOn,
      LocalDate endedOn,
      String notes) {}

  /** Adds a trafficking event; returns its id. */
  @Transactional
  public UUID addEvent(UUID caseId, NewEvent event) {
    requireRecord(caseId, "update");
    access.requireWritable(RESOURCE, Set.of("events"));
    if (event.kind() == null || event.startedOn() == null) {
      throw new IllegalArgumentException("cases.htcds.eventIncomplete");
    }
    String area = area(event.areaCode());
    String country = country(event.country());
    if ((area == null) == (country == null)) {
      throw new IllegalArgumentException("cases.htcds.placeEither");
    }
    LocalDate started = pastDate(event.startedOn());
    LocalDate ended = pastDate(event.endedOn());
    if (ended != null && ended.isBefore(started)) {
      throw new IllegalArgumentException("cases.htcds.datesOrder");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into cases.trafficking_event (id, case_id, kind, area_code, country,"
                + " started_on, ended_on, notes, recorded_by, recorded_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            caseId,
            event.kind().name(),
            area,
            country,
            started,
            ended,
            keys.seal(caseId, "htcds-event:" + id, text(event.notes(), 5000)),
            access.actor().id(),
            OffsetDateTime.now(clock))
        .update();
    audit.record(AuditRecord.change("UPDATE", RESOURCE, caseId.toString(), List.of("events")));
    return id;
  }

  /** What the form or the API gives for a new risk assessment. */
  public record NewRiskAssessment(
      LocalDate assessedOn, String assessor, RiskLevel level, Set<AtRisk> atRisk, String notes) {}

  /** Adds a risk assessment; returns its id. */
  @Transactional
  public UUID addRiskAssessment(UUID caseId, NewRiskAssessment risk) {
    requireRecord(caseId, "update");
    access.requireWritable(RESOURCE, Set.of("riskAssessments"));
    String assessor = text(risk.assessor(), 200);
    if (risk.assessedOn() == null
        || assessor == null
        || risk.level() == null
        || risk.atRisk() == null
        || risk.atRisk().isEmpty()) {
      throw new IllegalArgumentException("cases.htcds.riskIncomplete");
    }
    LocalDate on = pastDate(risk.assessedOn());
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into cases.risk_assessment (id, case_id, assessed_on, assessor, level,"
                + " at_risk, notes, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            caseId,
            on,
            assessor,
            risk.level().name(),
            array(EnumSet.copyOf(risk.atRisk())),
            keys.seal(caseId, "htcds-risk:" + id, text(risk.notes(), 5000)),
            access.actor().id(),
            OffsetDateTime.now(clock))
        .update();
    audit.record(
        AuditRecord.change("UPDATE", RESOURCE, caseId.toString(), List.of("riskAssessments")));
    return id;
  }

  /** Whether the reader may change the case's HTCDS contents (for the page's forms). */
  public boolean canUpdate() {
    return access.can(RESOURCE, "update") && !access.writableFields(RESOURCE).isEmpty();
  }

  private void requireRecord(UUID caseId, String action) {
    access.require(RESOURCE, action);
    RecordFacts c = cases.facts(caseId);
    access.requireRecord(
        action,
        new RecordFacts(
            RESOURCE,
            c.recordId(),
            c.ownerAgencyId(),
            c.areaCode(),
            c.teamId(),
            c.assignees(),
            c.highlySensitive()));
    // and as the case itself: a restricted case is its custodians' only, and frozen (DP-13)
    cases.require(caseId, "read".equals(action) ? "read" : "update");
  }

  private Map<String, Object> caseFields(UUID caseId) {
    return jdbc.sql(
            "select case_ref, identification, identified_by from cases.protection_case where id = ?")
        .param(caseId)
        .query()
        .singleRow();
  }

  private List<Event> events(UUID caseId) {
    return jdbc.sql(
            "select * from cases.trafficking_event where case_id = ? order by started_on, recorded_at")
        .param(caseId)
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              return new Event(
                  id,
                  EventKind.valueOf(rs.getString("kind")),
                  rs.getString("area_code"),
                  rs.getString("country"),
                  rs.getObject("started_on", LocalDate.class),
                  rs.getObject("ended_on", LocalDate.class),
                  keys.open(caseId, "htcds-event:" + id, rs.getBytes("notes")).orElse(null));
            })
        .list();
  }

  private List<RiskAssessment> risks(UUID caseId) {
    return jdbc.sql(
            "select * from cases.risk_assessment where case_id = ?"
                + " order by assessed_on desc, recorded_at desc")
        .param(caseId)
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              return new RiskAssessment(
                  id,
                  rs.getObject("assessed_on", LocalDate.class),
                  rs.getString("assessor"),
                  RiskLevel.valueOf(rs.getString("level")),
                  Arrays.stream((String[]) rs.getArray("at_risk").getArray())
                      .map(AtRisk::valueOf)
                      .toList(),
                  keys.open(caseId, "htcds-risk:" + id, rs.getBytes("notes")).orElse(null));
            })
        .list();
  }

  /** The row as stored (free text still sealed). */
  private record Stored(
      RecruiterType recruiterType,
      LocalDate recruitedOn,
      String recruitmentArea,
      String recruitmentCountry,
      BigDecimal recruitmentFee,
      BigDecimal debtOwed,
      byte[] recruitmentDetails,
      Set<MeansOfControl> meansOfControl,
      Set<ExploitationType> exploitationTypes,
      Set<Industry> industries) {}

  private Stored stored(UUID caseId) {
    return jdbc.sql("select * from cases.trafficking_record where case_id = ?")
        .param(caseId)
        .query(
            (rs, n) -> {
              String recruiter = rs.getString("recruiter_type");
              return new Stored(
                  recruiter == null ? null : RecruiterType.valueOf(recruiter),
                  rs.getObject("recruited_on", LocalDate.class),
                  rs.getString("recruitment_area"),
                  rs.getString("recruitment_country"),
                  rs.getBigDecimal("recruitment_fee"),
                  rs.getBigDecimal("debt_owed"),
                  rs.getBytes("recruitment_details"),
                  stored(MeansOfControl.class, rs.getArray("means_of_control")),
                  stored(ExploitationType.class, rs.getArray("exploitation_types")),
                  stored(Industry.class, rs.getArray("industries")));
            })
        .optional()
        .orElse(
            new Stored(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                EnumSet.noneOf(MeansOfControl.class),
                EnumSet.noneOf(ExploitationType.class),
                EnumSet.noneOf(Industry.class)));
  }

  private static <E extends Enum<E>> Set<E> stored(Class<E> type, java.sql.Array array)
      throws java.sql.SQLException {
    Set<E> values = EnumSet.noneOf(type);
    for (String name : (String[]) array.getArray()) {
      values.add(Enum.valueOf(type, name));
    }
    return values;
  }

  private static <E extends Enum<E>> E choice(Class<E> type, Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (!(value instanceof String name)) {
      throw new IllegalArgumentException("cases.htcds.unknownCode");
    }
    try {
      return Enum.valueOf(type, name.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cases.htcds.unknownCode");
    }
  }

  private static <E extends Enum<E>> Set<E> choices(Class<E> type, Object value) {
    Set<E> values = EnumSet.noneOf(type);
    if (value == null) {
      return values;
    }
    if (!(value instanceof Collection<?> names)) {
      throw new IllegalArgumentException("cases.htcds.unknownCode");
    }
    for (Object name : names) {
      E e = choice(type, name);
      if (e == null) {
        throw new IllegalArgumentException("cases.htcds.unknownCode");
      }
      values.add(e);
    }
    return values;
  }

  private LocalDate pastDate(Object value) {
    LocalDate date;
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    } else if (value instanceof LocalDate d) {
      date = d;
    } else if (value instanceof String s) {
      try {
        date = LocalDate.parse(s.strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("cases.htcds.dateInvalid");
      }
    } else {
      throw new IllegalArgumentException("cases.htcds.dateInvalid");
    }
    if (date.isAfter(LocalDate.now(clock)) || date.getYear() < 1900) {
      throw new IllegalArgumentException("cases.htcds.dateInvalid");
    }
    return date;
  }

  private String area(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (!(value instanceof String code) || areas.findArea(code.strip()).isEmpty()) {
      throw new IllegalArgumentException("cases.htcds.areaUnknown");
    }
    return code.strip();
  }

  private static String country(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    String code = value instanceof String s ? s.strip().toUpperCase(Locale.ROOT) : "";
    if (!COUNTRIES.contains(code)) {
      throw new IllegalArgumentException("cases.htcds.countryUnknown");
    }
    return code;
  }

  private static BigDecimal amount(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    BigDecimal amount;
    try {
      amount =
          value instanceof Number n
              ? new BigDecimal(n.toString())
              : new BigDecimal(((String) value).strip().replace(",", ""));
    } catch (NumberFormatException | ClassCastException e) {
      throw new IllegalArgumentException("cases.htcds.amountInvalid");
    }
    if (amount.signum() < 0 || amount.compareTo(MAXIMUM_AMOUNT) > 0 || amount.scale() > 2) {
      throw new IllegalArgumentException("cases.htcds.amountInvalid");
    }
    return amount;
  }

  private static String text(Object value, int maximum) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw new IllegalArgumentException("cases.field.invalid");
    }
    if (text.isBlank()) {
      return null;
    }
    if (text.strip().length() > maximum) {
      throw new IllegalArgumentException("cases.htcds.tooLong");
    }
    return text.strip();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static List<String> names(Set<? extends Enum<?>> values) {
    List<String> names = new ArrayList<>();
    values.forEach(v -> names.add(v.name()));
    return names;
  }

  private static String[] array(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).toArray(String[]::new);
  }
}
