package org.samakki.linkage;

import java.util.List;
import java.util.Objects;

/**
 * One registration of a person as the linkage engine sees it: names in any script, sex, a birth
 * date as far as known, nationality (ISO 3166 alpha-3), identity documents, phone and province;
 * every field but the id and one name may be missing (null).
 */
public record PersonRecord(
    String id,
    List<NameForm> names,
    Sex sex,
    PartialDate birthDate,
    String nationality,
    List<DocumentNumber> documents,
    String phone,
    String provinceCode) {

  public PersonRecord {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("A record needs an id");
    }
    names = List.copyOf(Objects.requireNonNull(names, "names"));
    if (names.isEmpty()) {
      throw new IllegalArgumentException("Record " + id + " has no name");
    }
    sex = sex == null ? Sex.UNKNOWN : sex;
    documents = documents == null ? List.of() : List.copyOf(documents);
    nationality = blankToNull(nationality);
    if (nationality != null) {
      nationality = nationality.toUpperCase(java.util.Locale.ROOT);
      if (!nationality.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException(
            "Nationality is not an ISO alpha-3 code: " + nationality);
      }
    }
    phone = cleanPhone(phone);
    provinceCode = blankToNull(provinceCode);
  }

  /** A record with just an id and one full name, for quick look-ups. */
  public static PersonRecord named(String id, String fullName) {
    return new PersonRecord(
        id,
        List.of(new NameForm(fullName, NameKind.FULL)),
        Sex.UNKNOWN,
        null,
        null,
        null,
        null,
        null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Digits only, with Thailand's +66 written as a leading 0, so that both forms compare equal. */
  static String cleanPhone(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("[^0-9]", "");
    if (digits.startsWith("66") && digits.length() == 11) {
      digits = "0" + digits.substring(2);
    }
    return digits.length() < 6 || digits.length() > 15 ? null : digits;
  }
}
