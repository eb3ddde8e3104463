package org.samakki.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How years are shown and typed: Gregorian (C.E.) or the Thai Buddhist era (B.E. = C.E. + 543),
 * carried in the locale as the Unicode extension {@code -u-ca-buddhist}.
 */
public enum CalendarSystem {
  GREGORIAN("gregory"),
  BUDDHIST("buddhist");

  /** B.E. 2560 is 2017 C.E. */
  public static final int BUDDHIST_ERA_OFFSET = 543;

  private final String unicodeType;

  CalendarSystem(String unicodeType) {
    this.unicodeType = unicodeType;
  }

  public String unicodeType() {
    return unicodeType;
  }

  public static Optional<CalendarSystem> ofType(String type) {
    return Arrays.stream(values()).filter(c -> c.unicodeType.equalsIgnoreCase(type)).findFirst();
  }

  public static CalendarSystem of(Locale locale) {
    return ofType(locale.getUnicodeLocaleType("ca")).orElse(GREGORIAN);
  }

  /** The locale for this language and calendar; Gregorian is the default and needs no extension. */
  public Locale locale(Language language) {
    Locale.Builder builder = new Locale.Builder().setLanguage(language.tag());
    if (this == BUDDHIST) {
      builder.setUnicodeLocaleKeyword("ca", unicodeType);
    }
    return builder.build();
  }

  /** The year as a reader of this calendar writes it. */
  public int displayYear(int gregorianYear) {
    return this == BUDDHIST ? gregorianYear + BUDDHIST_ERA_OFFSET : gregorianYear;
  }
}
