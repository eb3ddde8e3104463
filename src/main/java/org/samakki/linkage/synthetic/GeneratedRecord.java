package org.samakki.linkage.synthetic;

import java.util.List;
import java.util.Objects;

/**
 * One synthetic registration as it would arrive in a CSV file, with the person it truly belongs to.
 */
public record GeneratedRecord(
    String recordId,
    String trueId,
    String givenName,
    String familyName,
    String fullName,
    String sex,
    String birthDate,
    String nationality,
    String documentType,
    String documentNumber,
    String phone,
    String provinceCode) {

  public GeneratedRecord {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(trueId, "trueId");
  }

  /** The values in the order of {@link SyntheticPopulation#COLUMNS}, empty strings for missing. */
  public List<String> values() {
    return java.util.Arrays.asList(
        recordId,
        trueId,
        blank(givenName),
        blank(familyName),
        blank(fullName),
        blank(sex),
        blank(birthDate),
        blank(nationality),
        blank(documentType),
        blank(documentNumber),
        blank(phone),
        blank(provinceCode));
  }

  private static String blank(String value) {
    return value == null ? "" : value;
  }
}
