package org.samakki.linkage;

import java.util.Locale;

/** The sex recorded for a person, or unknown when the form left it empty. */
public enum Sex {
  MALE,
  FEMALE,
  UNKNOWN;

  /** Reads the usual spellings (M, F, male, female, ชาย, หญิง); anything else is unknown. */
  public static Sex parse(String text) {
    if (text == null) {
      return UNKNOWN;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "m", "male", "man", "boy", "ชาย", "ช", "1" -> MALE;
      case "f", "female", "woman", "girl", "หญิง", "ญ", "2" -> FEMALE;
      default -> UNKNOWN;
    };
  }
}
