package org.samakki.registry.notices;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A worker whose deadline has come within a lead time, with what the notices to them and to their
 * employer may say: names, contact details, what is due, and the work permit number to cut.
 */
record DueWorker(
    long personId,
    LocalDate deadline,
    int leadDays,
    List<String> reasons,
    String givenName,
    String familyName,
    String nameNative,
    String email,
    String phone,
    String language,
    Long employerId,
    String employerName,
    String employerEmail,
    String employerPhone,
    String workPermitNumber) {

  /** The languages notices are written in; any other falls back to English. */
  static final Set<String> LANGUAGES = Set.of("en", "th", "my", "km", "lo", "vi");

  /** Only this many characters of a document number appear in a notice, and only of long ones. */
  static final int NUMBER_SHOWN = 4;

  DueWorker {
    Objects.requireNonNull(deadline, "deadline");
    reasons = List.copyOf(reasons);
  }

  List<Topic> topics() {
    return Topic.of(reasons);
  }

  List<Topic> employerTopics() {
    return topics().stream().filter(Topic::concernsEmployer).toList();
  }

  /** The worker's language as a supported tag: “my-MM” is read as “my”, “fr” as English. */
  String workerLanguage() {
    if (language == null || language.isBlank()) {
      return "en";
    }
    String primary = Locale.forLanguageTag(language.strip()).getLanguage().toLowerCase(Locale.ROOT);
    return LANGUAGES.contains(primary) ? primary : "en";
  }

  /**
   * The name to address the worker by: the name in their own script when the notice is written in
   * that script (“အောင်ကျော်မိုး” in Burmese), else the Latin one; null when none is recorded.
   */
  String nameIn(String languageTag) {
    String latin = latinName();
    String own = nameNative == null || nameNative.isBlank() ? null : nameNative.strip();
    if (own != null && (latin == null || writtenIn(own, languageTag))) {
      return own;
    }
    return latin;
  }

  /** The name an employer knows the worker by, in Latin letters where recorded. */
  String nameForEmployer() {
    String latin = latinName();
    if (latin != null) {
      return latin;
    }
    return nameNative == null || nameNative.isBlank() ? null : nameNative.strip();
  }

  /** The last characters of the work permit number, or null when it is too short to cut safely. */
  String permitEnding() {
    if (workPermitNumber == null) {
      return null;
    }
    String number = workPermitNumber.replaceAll("[\\s-]", "");
    return number.length() < 2 * NUMBER_SHOWN
        ? null
        : number.substring(number.length() - NUMBER_SHOWN);
  }

  private static boolean writtenIn(String name, String languageTag) {
    Character.UnicodeScript script;
    switch (languageTag) {
      case "my":
        script = Character.UnicodeScript.MYANMAR;
        break;
      case "km":
        script = Character.UnicodeScript.KHMER;
        break;
      case "lo":
        script = Character.UnicodeScript.LAO;
        break;
      case "th":
        script = Character.UnicodeScript.THAI;
        break;
      default:
        script = Character.UnicodeScript.LATIN;
    }
    return name.codePoints().filter(Character::isLetter).findFirst().stream()
        .anyMatch(c -> Character.UnicodeScript.of(c) == script);
  }

  private String latinName() {
    String given = givenName == null ? "" : givenName.strip();
    String family = familyName == null ? "" : familyName.strip();
    String name = (given + " " + family).strip();
    return name.isEmpty() ? null : name;
  }
}
