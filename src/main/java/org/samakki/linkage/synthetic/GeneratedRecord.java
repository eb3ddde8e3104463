package org.samakki.linkage.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.samakki.linkage.DocumentNumber;
import org.samakki.linkage.DocumentType;
import org.samakki.linkage.NameForm;
import org.samakki.linkage.NameKind;
import org.samakki.linkage.PartialDate;
import org.samakki.linkage.PersonRecord;
import org.samakki.linkage.Sex;

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

  /** The record as the linkage engine takes it (what the CSV reader would make of the row). */
  public PersonRecord toPersonRecord() {
    List<NameForm> names = new ArrayList<>();
    if (givenName != null) {
      names.add(new NameForm(givenName, NameKind.GIVEN));
    }
    if (familyName != null) {
      names.add(new NameForm(familyName, NameKind.FAMILY));
    }
    if (fullName != null) {
      names.add(new NameForm(fullName, NameKind.FULL));
    }
    List<DocumentNumber> documents =
        documentNumber == null
            ? List.of()
            : List.of(new DocumentNumber(DocumentType.parse(documentType), documentNumber));
    return new PersonRecord(
        recordId,
        names,
        Sex.parse(sex),
        birthDate == null ? null : PartialDate.parse(birthDate),
        nationality,
        documents,
        phone,
        provinceCode);
  }

  private static String blank(String value) {
    return value == null ? "" : value;
  }
}
