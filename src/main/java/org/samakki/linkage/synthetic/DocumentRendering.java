package org.samakki.linkage.synthetic;

import java.util.SplittableRandom;

/** Which document an officer copied onto a form, how it was typed, and the occasional slip. */
final class DocumentRendering {

  private DocumentRendering() {}

  /** The document type and number of one record, or null when the form has none. */
  static String[] render(Person person, SplittableRandom random) {
    if (random.nextDouble() < 0.15) {
      return null;
    }
    String type;
    String number;
    if (person.pinkCard() != null && random.nextDouble() < 0.5) {
      type = random.nextBoolean() ? "pink_card" : "thai_id";
      number = person.pinkCard();
      if (random.nextBoolean()) {
        number =
            number.charAt(0)
                + "-"
                + number.substring(1, 5)
                + "-"
                + number.substring(5, 10)
                + "-"
                + number.substring(10, 12)
                + "-"
                + number.charAt(12);
      }
    } else {
      int which = person.passports().size() > 1 && random.nextDouble() < 0.4 ? 1 : 0;
      number = person.passports().get(which);
      type = number.startsWith("PJ") ? (random.nextBoolean() ? "pj" : "passport") : "passport";
      if (random.nextDouble() < 0.2) {
        number = number.substring(0, 2) + " " + number.substring(2);
      }
    }
    if (random.nextDouble() < 0.04) {
      number = slip(number, random);
    }
    return new String[] {type, number};
  }

  private static String slip(String number, SplittableRandom random) {
    int at = number.length() - 1 - random.nextInt(Math.min(6, number.length() - 1));
    char digit = (char) ('0' + random.nextInt(10));
    if (random.nextBoolean() && at > 0 && Character.isDigit(number.charAt(at - 1))) {
      return number.substring(0, at - 1)
          + number.charAt(at)
          + number.charAt(at - 1)
          + number.substring(at + 1);
    }
    return number.substring(0, at) + digit + number.substring(at + 1);
  }
}
