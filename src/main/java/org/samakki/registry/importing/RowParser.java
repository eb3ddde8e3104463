package org.samakki.registry.importing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.samakki.geo.AdminAreas;
import org.samakki.geo.AreaLevel;
import org.samakki.linkage.DocumentNumber;
import org.samakki.linkage.DocumentType;
import org.samakki.linkage.NameNormaliser;
import org.samakki.linkage.PartialDate;
import org.samakki.linkage.TitledName;
import org.samakki.registry.Sector;
import org.samakki.registry.records.NameKeys;
import org.samakki.registry.schemes.SchemeCatalog;
import org.samakki.registry.status.Scheme;

/**
 * Checks one row of an import file and turns it into typed values, or lists every problem with it:
 * the column, why, and the value found. A row is never half-accepted.
 */
final class RowParser {

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern THIRTEEN = Pattern.compile("\\d{13}");
  private static final Pattern PASSPORT = Pattern.compile("[A-Z]{1,2}\\d{6,8}");
  private static final Pattern OTHER_NUMBER = Pattern.compile("[A-Z0-9]{4,20}");
  private static final Set<Character> NON_THAI_CATEGORIES = Set.of('0', '6', '7', '8');
  private static final Set<String> COUNTRIES =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
  private static final int MAX_TEXT = 200;

  private final SchemeCatalog schemes;
  private final AdminAreas areas;
  private final NameKeys nameKeys;

  RowParser(SchemeCatalog schemes, AdminAreas areas, NameKeys nameKeys) {
    this.schemes = schemes;
    this.areas = areas;
    this.nameKeys = nameKeys;
  }

  /** A row either parsed or rejected with its problems. */
  sealed interface Outcome permits Accepted, Rejected {}

  record Accepted(ParsedRow row) implements Outcome {}

  record Rejected(int rowNumber, List<Problem> problems) implements Outcome {}

  Outcome parse(int rowNumber, Map<Column, String> cells) {
    Row row = new Row(cells);
    // a title written in front of the name (U, Daw, นาย, Mr...) is kept apart from it
    TitledName titledGiven = TitledName.of(row.text(Column.GIVEN_NAME));
    TitledName titledNative = TitledName.of(row.text(Column.NAME_NATIVE));
    String given = titledGiven.name();
    String family = row.text(Column.FAMILY_NAME);
    String nativeName = titledNative.name();
    String honorific = titledGiven.title() != null ? titledGiven.title() : titledNative.title();
    if (given == null && family == null && nativeName == null) {
      row.problem(Column.GIVEN_NAME, "noName", "");
    }
    String nationality = row.nationality();
    DocumentType type = row.documentType();
    String number = row.documentNumber(type, nationality);
    Scheme scheme = row.scheme();
    Sector sector = row.sector();
    LocalDate contractStart = row.date(Column.CONTRACT_START);
    LocalDate contractEnd = row.date(Column.CONTRACT_END);
    LocalDate wpStart = row.date(Column.WORK_PERMIT_START);
    LocalDate wpEnd = row.date(Column.WORK_PERMIT_END);
    row.order(Column.CONTRACT_END, contractStart, contractEnd);
    row.order(Column.WORK_PERMIT_END, wpStart, wpEnd);
    if (contractStart == null && wpStart == null) {
      row.problem(Column.CONTRACT_START, "required", "");
    }
    LocalDate issued = row.date(Column.DOCUMENT_ISSUED);
    LocalDate expires = row.date(Column.DOCUMENT_EXPIRES);
    row.order(Column.DOCUMENT_EXPIRES, issued, expires);
    String employerRef = row.text(Column.EMPLOYER_REF);
    String employerName = row.text(Column.EMPLOYER_NAME);
    if (employerRef == null && employerName == null) {
      row.problem(Column.EMPLOYER_NAME, "required", "");
    }
    ParsedRow parsed =
        new ParsedRow(
            rowNumber,
            row.text(Column.PERSON_REF),
            given,
            family,
            nativeName,
            nativeName == null ? null : NameNormaliser.detectScript(nativeName).name(),
            honorific,
            row.sex(),
            row.birth(),
            nationality,
            type,
            number,
            issued,
            expires,
            employerRef,
            employerName,
            sector,
            row.subdistrict(),
            scheme,
            contractStart,
            contractEnd,
            row.date(Column.EMPLOYER_CHANGE_REPORTED),
            row.text(Column.WORK_PERMIT_NUMBER),
            wpStart,
            wpEnd,
            row.date(Column.STAY_PERMIT_END),
            row.text(Column.SOCIAL_SECURITY_NUMBER),
            row.date(Column.SOCIAL_SECURITY_END),
            row.date(Column.HEALTH_INSURANCE_END),
            row.date(Column.HEALTH_CHECK_DATE),
            row.healthCheck(),
            sourceKey(cells),
            row.problems.isEmpty() ? nameKeys.tsvector(given, family, nativeName) : "");
    if (scheme != null) {
      row.channel(scheme);
    }
    return row.problems.isEmpty()
        ? new Accepted(parsed)
        : new Rejected(rowNumber, List.copyOf(row.problems));
  }

  /** A date in either era: {@code YYYY-MM-DD}, the year above 2400 read as Buddhist era. */
  static Optional<LocalDate> isoDate(String text) {
    Matcher m = ISO_DATE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    try {
      return Optional.of(
          LocalDate.of(
              year > 2400 ? year - 543 : year,
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The same content always gives the same key: re-importing a file adds nothing twice. */
  static java.util.UUID sourceKey(Map<Column, String> cells) {
    StringBuilder content = new StringBuilder();
    for (Column column : Column.values()) {
      String value = cells.get(column);
      content.append(value == null ? "" : value.strip()).append('\u001f');
    }
    try {
      ByteBuffer hash =
          ByteBuffer.wrap(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
      return new java.util.UUID(hash.getLong(), hash.getLong());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cells of one row and the problems found so far. */
  private final class Row {
    final Map<Column, String> cells;
    final List<Problem> problems = new ArrayList<>();

    Row(Map<Column, String> cells) {
      this.cells = new EnumMap<>(Column.class);
      this.cells.putAll(cells);
    }

    void problem(Column column, String code, String value) {
      problems.add(new Problem(column.header(), code, value));
    }

    String raw(Column column) {
      String value = cells.get(column);
      return value == null || value.isBlank() ? null : value.strip();
    }

    String text(Column column) {
      String value = raw(column);
      if (value != null && value.length() > MAX_TEXT) {
        problem(column, "tooLong", value);
        return null;
      }
      return value;
    }

    LocalDate date(Column column) {
      String value = raw(column);
      if (value == null) {
        return null;
      }
      Optional<LocalDate> date = isoDate(value);
      if (date.isEmpty()) {
        problem(column, "date", value);
      }
      return date.orElse(null);
    }

    void order(Column end, LocalDate from, LocalDate to) {
      if (from != null && to != null && to.isBefore(from)) {
        problem(end, "dateOrder", to.toString());
      }
    }

    PartialDate birth() {
      String value = raw(Column.BIRTH_DATE);
      if (value == null) {
        return null;
      }
      try {
        return PartialDate.parse(value);
      } catch (IllegalArgumentException e) {
        problem(Column.BIRTH_DATE, "birthDate", value);
        return null;
      }
    }

    String sex() {
      String value = raw(Column.SEX);
      if (value == null) {
        return null;
      }
      return switch (value.toUpperCase(Locale.ROOT)) {
        case "M", "MALE", "ชาย" -> "M";
        case "F", "FEMALE", "หญิง" -> "F";
        case "X", "OTHER" -> "X";
        default -> {
          problem(Column.SEX, "sex", value);
          yield null;
        }
      };
    }

    String nationality() {
      String value = raw(Column.NATIONALITY);
      if (value == null) {
        problem(Column.NATIONALITY, "required", "");
        return null;
      }
      String code = value.toUpperCase(Locale.ROOT);
      if (!COUNTRIES.contains(code)) {
        problem(Column.NATIONALITY, "nationality", value);
        return null;
      }
      return code;
    }

    DocumentType documentType() {
      String value = raw(Column.DOCUMENT_TYPE);
      DocumentType type = DocumentType.parse(value);
      if (value == null || type == DocumentType.OTHER) {
        problem(Column.DOCUMENT_TYPE, value == null ? "required" : "documentType", value);
        return null;
      }
      return type;
    }

    String documentNumber(DocumentType type, String nationality) {
      String value = raw(Column.DOCUMENT_NUMBER);
      if (value == null) {
        problem(Column.DOCUMENT_NUMBER, "required", "");
        return null;
      }
      if (type == null) {
        return null;
      }
      DocumentNumber document;
      try {
        document = new DocumentNumber(type, value);
      } catch (IllegalArgumentException e) {
        problem(Column.DOCUMENT_NUMBER, "documentFormat", value);
        return null;
      }
      String number = document.number();
      switch (type) {
        case THAI_ID, PINK_CARD -> {
          if (!THIRTEEN.matcher(number).matches()) {
            problem(Column.DOCUMENT_NUMBER, "documentFormat", value);
          } else if (!document.hasValidCheckDigit()) {
            problem(Column.DOCUMENT_NUMBER, "checkDigit", value);
          } else if (!NON_THAI_CATEGORIES.contains(number.charAt(0))) {
            problem(Column.DOCUMENT_NUMBER, "idCategory", value);
          }
        }
        case PASSPORT, PJ_PASSPORT, TEMPORARY_PASSPORT -> {
          if (!PASSPORT.matcher(number).matches()) {
            problem(Column.DOCUMENT_NUMBER, "documentFormat", value);
          }
        }
        default -> {
          if (!OTHER_NUMBER.matcher(number).matches()) {
            problem(Column.DOCUMENT_NUMBER, "documentFormat", value);
          }
        }
      }
      return number;
    }

    Scheme scheme() {
      String value = raw(Column.SCHEME_CODE);
      if (value == null) {
        problem(Column.SCHEME_CODE, "required", "");
        return null;
      }
      Optional<Scheme> scheme = schemes.find(value);
      if (scheme.isEmpty()) {
        problem(Column.SCHEME_CODE, "scheme", value);
      }
      return scheme.orElse(null);
    }

    void channel(Scheme scheme) {
      String value = raw(Column.CHANNEL);
      if (value == null) {
        return;
      }
      String channel = value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
      if (channel.equals("NV")) {
        channel = "NATIONALITY_VERIFICATION";
      }
      if (!channel.equals(scheme.channel().name())) {
        problem(Column.CHANNEL, "channel", value);
      }
    }

    Sector sector() {
      String value = raw(Column.EMPLOYER_SECTOR);
      Optional<Sector> sector = Sector.parse(value);
      if (value != null && sector.isEmpty()) {
        problem(Column.EMPLOYER_SECTOR, "sector", value);
      }
      return sector.orElse(null);
    }

    String subdistrict() {
      String value = raw(Column.WORKPLACE_SUBDISTRICT_CODE);
      if (value == null) {
        return null;
      }
      boolean known =
          areas.findArea(value).filter(a -> a.level() == AreaLevel.SUBDISTRICT).isPresent();
      if (!known) {
        problem(Column.WORKPLACE_SUBDISTRICT_CODE, "subdistrict", value);
        return null;
      }
      return value;
    }

    Boolean healthCheck() {
      String value = raw(Column.HEALTH_CHECK_RESULT);
      if (value == null) {
        return null;
      }
      return switch (value.toUpperCase(Locale.ROOT)) {
        case "PASSED", "PASS", "NORMAL", "FIT", "ผ่าน" -> Boolean.TRUE;
        case "FAILED", "FAIL", "ABNORMAL", "UNFIT", "ไม่ผ่าน" -> Boolean.FALSE;
        default -> {
          problem(Column.HEALTH_CHECK_RESULT, "healthCheckResult", value);
          yield null;
        }
      };
    }
  }
}
