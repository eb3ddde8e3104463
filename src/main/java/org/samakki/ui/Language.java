package org.samakki.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the interface: those of Thailand's officials and of the migrants they serve. */
public enum Language {
  ENGLISH("en", "English"),
  THAI("th", "ไทย"),
  BURMESE("my", "မြန်မာ"),
  KHMER("km", "ខ្មែរ"),
  LAO("lo", "ລາວ"),
  VIETNAMESE("vi", "Tiếng Việt");

  private final String tag;
  private final String nativeName;

  Language(String tag, String nativeName) {
    this.tag = tag;
    this.nativeName = nativeName;
  }

  /** The BCP 47 language tag. */
  public String tag() {
    return tag;
  }

  /** The language's name in itself, so that a reader can find it in any interface language. */
  public String nativeName() {
    return nativeName;
  }

  public static Optional<Language> ofTag(String tag) {
    return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
  }

  public static Language of(Locale locale) {
    return ofTag(locale.getLanguage()).orElse(ENGLISH);
  }
}
