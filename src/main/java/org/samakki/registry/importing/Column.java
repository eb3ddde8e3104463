package org.samakki.registry.importing;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of the Department of Employment's registration export, one row per registration; any
 * order, any extra column ignored.
 */
public enum Column {
  PERSON_REF,
  GIVEN_NAME,
  FAMILY_NAME,
  NAME_NATIVE,
  SEX,
  BIRTH_DATE,
  NATIONALITY,
  DOCUMENT_TYPE,
  DOCUMENT_NUMBER,
  DOCUMENT_ISSUED,
  DOCUMENT_EXPIRES,
  EMPLOYER_REF,
  EMPLOYER_NAME,
  EMPLOYER_SECTOR,
  WORKPLACE_SUBDISTRICT_CODE,
  CHANNEL,
  SCHEME_CODE,
  CONTRACT_START,
  CONTRACT_END,
  EMPLOYER_CHANGE_REPORTED,
  WORK_PERMIT_NUMBER,
  WORK_PERMIT_START,
  WORK_PERMIT_END,
  STAY_PERMIT_END,
  SOCIAL_SECURITY_NUMBER,
  SOCIAL_SECURITY_END,
  HEALTH_INSURANCE_END,
  HEALTH_CHECK_DATE,
  HEALTH_CHECK_RESULT;

  /** Without these a file cannot be read at all. */
  static final Set<Column> REQUIRED =
      EnumSet.of(NATIONALITY, DOCUMENT_TYPE, DOCUMENT_NUMBER, SCHEME_CODE);

  public String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a file without this column cannot be read at all. */
  public boolean required() {
    return REQUIRED.contains(this);
  }

  static Optional<Column> ofHeader(String header) {
    String name =
        header == null ? "" : header.strip().replace("\uFEFF", "").toUpperCase(Locale.ROOT);
    for (Column column : values()) {
      if (column.name().equals(name)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }
}
