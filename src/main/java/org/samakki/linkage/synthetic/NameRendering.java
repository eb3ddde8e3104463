package org.samakki.linkage.synthetic;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.samakki.linkage.synthetic.NamePools.Part;

/**
 * How an officer writes a person's name on one form: in which script, which spelling of each part,
 * in which order, with or without a title, with or without a slip of the pen.
 */
final class NameRendering {

  private final Transliterator zawgyi;
  private final SplittableRandom random;

  NameRendering(Transliterator zawgyi, SplittableRandom random) {
    this.zawgyi = zawgyi;
    this.random = random;
  }

  Names render(Person person) {
    return person.nationality().equals("MMR") ? burmese(person) : withFamilyName(person);
  }

  private Names burmese(Person person) {
    List<Part> parts = new ArrayList<>(person.given());
    if (random.nextDouble() < 0.1) {
      Collections.rotate(parts, -1);
    }
    double script = random.nextDouble();
    boolean titled = random.nextDouble() < 0.2;
    String text;
    if (script < 0.12) {
      text = (titled ? (person.male() ? "ဦး" : "ဒေါ်") : "") + joinNative(parts);
    } else if (script < 0.15) {
      text =
          zawgyi.transliterate((titled ? (person.male() ? "ဦး" : "ဒေါ်") : "") + joinNative(parts));
    } else if (script < 0.30) {
      String separator = random.nextDouble() < 0.6 ? " " : "";
      StringBuilder thai = new StringBuilder(titled ? (person.male() ? "นาย" : "นาง") : "");
      for (Part part : parts) {
        thai.append(thai.length() == 0 ? "" : separator).append(part.thai());
      }
      text = thai.toString();
    } else {
      String title = person.male() ? pick("U", "Maung", "Mg", "Ko") : pick("Daw", "Ma");
      text = (titled ? title + " " : "") + typo(latin(parts));
    }
    return random.nextDouble() < 0.7 ? new Names(null, null, text) : new Names(text, null, null);
  }

  private Names withFamilyName(Person person) {
    boolean nativeScript = !person.nationality().equals("VNM") && random.nextDouble() < 0.2;
    boolean diacritics = random.nextBoolean();
    String given =
        nativeScript ? joinNative(person.given(), " ") : typo(latin(person.given(), diacritics));
    String family =
        nativeScript ? joinNative(person.family(), " ") : latin(person.family(), diacritics);
    if (random.nextDouble() < 0.6) {
      return random.nextDouble() < 0.1
          ? new Names(family, given, null)
          : new Names(given, family, null);
    }
    boolean familyFirst = !person.nationality().equals("LAO");
    if (random.nextDouble() < 0.1) {
      familyFirst = !familyFirst;
    }
    String title = random.nextDouble() < 0.1 ? pick("Mr ", "Ms ", "Mrs ") : "";
    return new Names(
        null, null, title + (familyFirst ? family + " " + given : given + " " + family));
  }

  private String latin(List<Part> parts) {
    return latin(parts, false);
  }

  /** Each part in its usual spelling, or now and then in another one seen in registers. */
  private String latin(List<Part> parts, boolean diacritics) {
    StringBuilder text = new StringBuilder();
    for (Part part : parts) {
      List<String> spellings = part.spellings();
      String spelling =
          random.nextDouble() < 0.35
              ? spellings.get(random.nextInt(spellings.size()))
              : spellings.get(0);
      if (!diacritics && part.nativeScript().equals(spellings.get(0))) {
        spelling = spellings.get(1);
      }
      text.append(text.length() == 0 ? "" : " ").append(casing(spelling));
    }
    return text.toString();
  }

  private String casing(String spelling) {
    double x = random.nextDouble();
    if (x < 0.15) {
      return spelling.toUpperCase(Locale.ROOT);
    }
    if (x < 0.25) {
      return spelling.toLowerCase(Locale.ROOT);
    }
    return spelling.substring(0, 1).toUpperCase(Locale.ROOT) + spelling.substring(1);
  }

  private static String joinNative(List<Part> parts) {
    return joinNative(parts, "");
  }

  private static String joinNative(List<Part> parts, String separator) {
    StringBuilder text = new StringBuilder();
    for (Part part : parts) {
      text.append(text.length() == 0 ? "" : separator).append(part.nativeScript());
    }
    return text.toString();
  }

  /**
   * One slip of the pen in one record of twelve: a letter replaced, dropped, doubled or swapped.
   */
  private String typo(String text) {
    if (random.nextDouble() >= 0.08 || text.length() < 3) {
      return text;
    }
    int at = 1 + random.nextInt(text.length() - 2);
    char letter = (char) ('a' + random.nextInt(26));
    return switch (random.nextInt(4)) {
      case 0 -> text.substring(0, at) + letter + text.substring(at + 1);
      case 1 -> text.substring(0, at) + text.substring(at + 1);
      case 2 -> text.substring(0, at) + text.charAt(at) + text.substring(at);
      default ->
          text.substring(0, at - 1)
              + text.charAt(at)
              + text.charAt(at - 1)
              + text.substring(at + 1);
    };
  }

  private String pick(String... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
