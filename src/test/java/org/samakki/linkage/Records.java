package org.samakki.linkage;

import java.util.ArrayList;
import java.util.List;

/** Builds person records for tests in a line each. */
final class Records {

  private Records() {}

  /**
   * A record: id, full name, birth date or null, sex letter or null, nationality, passport or null.
   */
  static PersonRecord person(
      String id, String name, String birth, String sex, String nationality, String passport) {
    List<DocumentNumber> documents = new ArrayList<>();
    if (passport != null) {
      documents.add(new DocumentNumber(DocumentType.PASSPORT, passport));
    }
    return new PersonRecord(
        id,
        List.of(new NameForm(name, NameKind.FULL)),
        Sex.parse(sex),
        birth == null ? null : PartialDate.parse(birth),
        nationality,
        documents,
        null,
        null);
  }

  static RecordTable table(PersonRecord... records) {
    NameNormaliser normaliser = new NameNormaliser();
    RecordTable table = new RecordTable(new TokenDictionary(), records.length);
    for (PersonRecord record : records) {
      table.add(record, normaliser.normalise(record));
    }
    return table;
  }
}
