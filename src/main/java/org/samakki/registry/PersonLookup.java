package org.samakki.registry;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.samakki.access.AccessControl;
import org.samakki.access.Actor;
import org.samakki.audit.AuditActor;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.linkage.DocumentNumber;
import org.samakki.linkage.DocumentType;
import org.samakki.linkage.FieldWeight;
import org.samakki.linkage.NameNormaliser;
import org.samakki.registry.duplicates.DuplicateCheck;
import org.samakki.registry.duplicates.PersonMatching;
import org.samakki.registry.records.NameKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finding a person at intake, and registering a minimal person when nobody matches: the registry's
 * published entry point for other modules (protection cases, referrals, health) that must search
 * before they create. The search runs on the identity-resolution engine that flags duplicates, so a
 * name in any script, a mistyped document number or a birth year find the same person; every search
 * and every new person is audited for the caller's purpose (DP-07). A new person is matched against
 * everyone known by the background duplicate check like any other, so a near duplicate is flagged
 * for review, never merged (DP-20).
 */
@Component
public class PersonLookup {

  static final String PERSON = "person";
  static final String DOCUMENT = "document";
  private static final Set<String> COUNTRIES =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
  private static final Pattern PARTIAL_DATE =
      Pattern.compile("(\\d{4})(?:-(\\d{1,2}))?(?:-(\\d{1,2}))?");

  /** Intake shows candidates down to this probability, best first: better one look too many. */
  static final double MINIMUM_PROBABILITY = 0.001;

  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Z0-9/]{3,30}");

  private final PersonMatching matching;
  private final DuplicateCheck duplicates;
  private final NameKeys nameKeys;
  private final JdbcClient jdbc;
  private final AccessControl access;
  private final AuditTrail audit;
  private final Clock clock;

  PersonLookup(
      PersonMatching matching,
      DuplicateCheck duplicates,
      NameKeys nameKeys,
      JdbcClient jdbc,
      AccessControl access,
      AuditTrail audit,
      Clock clock) {
    this.matching = matching;
    this.duplicates = duplicates;
    this.nameKeys = nameKeys;
    this.jdbc = jdbc;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * What is known of the person being looked for: a name in any script (required), and any of a
   * document, a birth date or year, sex and nationality.
   */
  public record Query(
      String name,
      String documentType,
      String documentNumber,
      String birth,
      String sex,
      String nationality) {}

  /** One compared field of a candidate: the field, how far it agreed, and its weight. */
  public record Reason(String field, String level, double weight) {

    public boolean agrees() {
      return weight > 0;
    }

    /** The level as a message-key part: "one character apart" becomes "one-character-apart". */
    public String levelKey() {
      return level.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
    }
  }

  /**
   * A known person who may be the one looked for, with the fields the caller may read, the match
   * probability and the reasons (never the compared values).
   */
  public record Candidate(
      long personId, Map<String, Object> person, double probability, List<Reason> reasons) {

    /** The probability as a whole percentage, for pages. */
    public long percent() {
      return Math.round(probability * 100);
    }
  }

  /** A minimal person, as intake learns them: names, sex, birth, nationality, one document. */
  public record NewPerson(
      String givenName,
      String familyName,
      String nameNative,
      String sex,
      String birth,
      String nationality,
      String documentType,
      String documentNumber) {}

  /**
   * The persons most likely to be the one looked for, best first, among those the caller may see;
   * audited as a search for this purpose with the fields searched by (names, never values) and the
   * candidates found.
   */
  @Transactional
  public List<Candidate> search(Query query, String purpose) {
    access.require(PERSON, "list");
    if (blank(query.name())) {
      throw new IllegalArgumentException("cases.intake.name.required");
    }
    if (query.name().length() > 200) {
      throw new IllegalArgumentException("cases.intake.name.invalid");
    }
    String nationality = nationality(query.nationality());
    String sex = sex(query.sex());
    String birth = birth(query.birth());
    List<PersonMatching.Match> matches =
        matching.match(
            new PersonMatching.Probe(
                null,
                null,
                query.name().strip(),
                sex,
                birth,
                nationality,
                blank(query.documentNumber()) ? null : query.documentType(),
                blank(query.documentNumber()) ? null : query.documentNumber().strip(),
                null,
                null),
            MINIMUM_PROBABILITY);
    List<Candidate> candidates = new ArrayList<>();
    for (PersonMatching.Match m : matches) {
      List<Reason> reasons = new ArrayList<>();
      for (FieldWeight f : m.explanation().fields()) {
        if (!"no value".equals(f.level())) {
          reasons.add(new Reason(f.field(), f.level(), f.weight()));
        }
      }
      candidates.add(
          new Candidate(
              Long.parseLong(String.valueOf(m.person().get("id"))),
              m.person(),
              m.probability(),
              List.copyOf(reasons)));
    }
    List<String> searchedBy = new ArrayList<>(List.of("name"));
    if (!blank(query.documentNumber())) {
      searchedBy.add("document");
    }
    if (birth != null) {
      searchedBy.add("birthDate");
    }
    if (sex != null) {
      searchedBy.add("sex");
    }
    if (nationality != null) {
      searchedBy.add("nationality");
    }
    audit.record(
        auditActor(),
        purpose,
        AuditRecord.read(
            "SEARCH",
            PERSON,
            candidates.stream().map(c -> Long.toString(c.personId())).toList(),
            searchedBy));
    return candidates;
  }

  /**
   * Registers a minimal person owned by the caller's agency and returns their id; audited for this
   * purpose, then matched for duplicates by the background check.
   */
  @Transactional
  public long create(NewPerson person, String purpose) {
    access.require(PERSON, "create");
    Actor actor = access.actor();
    String given = name(person.givenName());
    String family = name(person.familyName());
    String nativeName = name(person.nameNative());
    if (given == null && family == null && nativeName == null) {
      throw new IllegalArgumentException("cases.intake.name.required");
    }
    String sex = sex(person.sex());
    String nationality = nationality(person.nationality());
    Integer[] birth = birthParts(person.birth());
    DocumentNumber document = document(person.documentType(), person.documentNumber());
    List<String> fields = new ArrayList<>();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("givenName", given);
    values.put("familyName", family);
    values.put("nameNative", nativeName);
    values.put("sex", sex);
    values.put("birthDate", birth == null ? null : birth[0]);
    values.put("nationality", nationality);
    values.forEach(
        (field, value) -> {
          if (value != null) {
            fields.add(field);
          }
        });
    access.requireWritable(PERSON, Set.copyOf(fields));
    if (document != null) {
      access.require(DOCUMENT, "create");
      access.requireWritable(DOCUMENT, Set.of("type", "number"));
      boolean taken =
          jdbc.sql("select exists (select 1 from registry.document where number = ? and type = ?)")
              .params(document.number(), document.type().name())
              .query(Boolean.class)
              .single();
      if (taken) {
        // the holder may be outside the caller's scope: say only that the number is known
        throw new IllegalArgumentException("cases.intake.document.taken");
      }
    }
    long id = nextId();
    OffsetDateTime now = OffsetDateTime.now(clock);
    // linkage_checked_at stays empty: the duplicate check matches this person at its next pass
    jdbc.sql(
            "insert into registry.person (id, given_name, family_name, name_native, native_script,"
                + " sex, birth_year, birth_month, birth_day, nationality, language,"
                + " owner_agency_id, area_code, name_keys, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::tsvector, ?, ?)")
        .params(
            id,
            given,
            family,
            nativeName,
            nativeName == null ? null : NameNormaliser.detectScript(nativeName).name(),
            sex,
            birth == null ? null : birth[0],
            birth == null ? null : birth[1],
            birth == null ? null : birth[2],
            nationality,
            NameKeys.language(nationality),
            actor.agencyId(),
            actor.areaCode(),
            nameKeys.tsvector(given, family, nativeName),
            now,
            now)
        .update();
    AuditActor who = auditActor();
    audit.record(who, purpose, AuditRecord.change("CREATE", PERSON, Long.toString(id), fields));
    if (document != null) {
      long documentId = nextId();
      jdbc.sql(
              "insert into registry.document (id, person_id, type, number, issuer)"
                  + " values (?, ?, ?, ?, ?)")
          .params(documentId, id, document.type().name(), document.number(), nationality)
          .update();
      audit.record(
          who,
          purpose,
          AuditRecord.change(
              "CREATE", DOCUMENT, Long.toString(documentId), List.of("type", "number")));
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              duplicates.wake();
            }
          });
    }
    return id;
  }

  /** The language a privacy notice is first offered in to a person of this nationality. */
  public static String noticeLanguage(String nationality) {
    return NameKeys.language(
        nationality == null ? null : nationality.strip().toUpperCase(Locale.ROOT));
  }

  /** Whether a name is written in Latin letters (else in the person's own script). */
  public static boolean isLatin(String name) {
    return name != null
        && !name.isBlank()
        && NameNormaliser.detectScript(name) == org.samakki.linkage.Script.LATIN;
  }

  /** The kinds of identity document a person may be searched and registered by. */
  public static List<String> documentTypes() {
    return java.util.Arrays.stream(DocumentType.values()).map(DocumentType::name).toList();
  }

  private long nextId() {
    return jdbc.sql("select nextval('registry.id_seq')").query(Long.class).single();
  }

  private AuditActor auditActor() {
    Actor actor = access.actor();
    return new AuditActor(actor.id(), actor.name(), List.copyOf(actor.roles()), actor.agencyId());
  }

  private static String name(String text) {
    if (blank(text)) {
      return null;
    }
    String name = text.strip();
    if (name.length() > 200) {
      throw new IllegalArgumentException("cases.intake.name.invalid");
    }
    return name;
  }

  private static String sex(String text) {
    if (blank(text)) {
      return null;
    }
    String sex = text.strip().toUpperCase(Locale.ROOT);
    if (!Set.of("M", "F", "X").contains(sex)) {
      throw new IllegalArgumentException("cases.intake.sex.invalid");
    }
    return sex;
  }

  private static String nationality(String text) {
    if (blank(text)) {
      return null;
    }
    String code = text.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(code)) {
      throw new IllegalArgumentException("cases.intake.nationality.invalid");
    }
    return code;
  }

  /** A birth date as far as known (YYYY, YYYY-MM or YYYY-MM-DD, Buddhist years too), normalised. */
  private static String birth(String text) {
    Integer[] parts = birthParts(text);
    if (parts == null) {
      return null;
    }
    StringBuilder date = new StringBuilder(String.format("%04d", parts[0]));
    if (parts[1] != null) {
      date.append(String.format("-%02d", parts[1]));
      if (parts[2] != null) {
        date.append(String.format("-%02d", parts[2]));
      }
    }
    return date.toString();
  }

  private static Integer[] birthParts(String text) {
    if (blank(text)) {
      return null;
    }
    Matcher m = PARTIAL_DATE.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("cases.intake.birth.invalid");
    }
    int year = Integer.parseInt(m.group(1));
    // a year of the Buddhist era, as Thai documents give it
    year = year > 2400 ? year - 543 : year;
    Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    try {
      LocalDate date = LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
      if (year < 1900 || date.isAfter(LocalDate.now())) {
        throw new IllegalArgumentException("cases.intake.birth.invalid");
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("cases.intake.birth.invalid");
    }
    return new Integer[] {year, month, day};
  }

  private static DocumentNumber document(String type, String number) {
    if (blank(number)) {
      return null;
    }
    DocumentType kind = DocumentType.parse(type);
    DocumentNumber document;
    try {
      document = new DocumentNumber(kind, number);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cases.intake.document.invalid");
    }
    if (!DOCUMENT_NUMBER.matcher(document.number()).matches()) {
      throw new IllegalArgumentException("cases.intake.document.invalid");
    }
    return document;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
