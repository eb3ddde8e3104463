package org.samakki.linkage;

import java.util.Locale;
import java.util.Objects;

/**
 * An identity document's type and its number, cleaned for comparison: no spaces or dashes, upper
 * case, letters read as digits where the format has digits only.
 */
public record DocumentNumber(DocumentType type, String number) {

  /** Numbers are compared on at most this many characters. */
  static final int MAX_LENGTH = 20;

  public DocumentNumber {
    Objects.requireNonNull(type, "type");
    number = clean(type, number);
    if (number.isEmpty()) {
      throw new IllegalArgumentException("A document number needs letters or digits");
    }
  }

  /** Whether a 13-digit number (Thai ID, pink card) carries the right mod-11 check digit. */
  public boolean hasValidCheckDigit() {
    return number.length() == 13 && number.chars().allMatch(Character::isDigit) && checkDigitOk();
  }

  private boolean checkDigitOk() {
    return thaiCheckDigit(number.substring(0, 12)) == number.charAt(12) - '0';
  }

  /** The check digit of the first 12 digits of a Thai identification number. */
  public static int thaiCheckDigit(String twelveDigits) {
    if (twelveDigits.length() != 12) {
      throw new IllegalArgumentException("Need 12 digits");
    }
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (twelveDigits.charAt(i) - '0') * (13 - i);
    }
    return (11 - sum % 11) % 10;
  }

  static String clean(DocumentType type, String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder kept = new StringBuilder(raw.length());
    for (char c : raw.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
        kept.append(c);
      } else if (c >= '๐' && c <= '๙') {
        kept.append((char) ('0' + (c - '๐')));
      }
    }
    String cleaned =
        switch (type) {
          case THAI_ID, PINK_CARD -> asDigits(kept.toString());
          case PASSPORT, PJ_PASSPORT, TEMPORARY_PASSPORT, CERTIFICATE_OF_IDENTITY ->
              lettersThenDigits(kept.toString());
          default -> kept.toString();
        };
    return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) : cleaned;
  }

  /** Officers type O for 0 and I or L for 1 in numbers that have digits only. */
  private static String asDigits(String text) {
    return text.replace('O', '0').replace('I', '1').replace('L', '1').replaceAll("[^0-9]", "");
  }

  /** Passports are a letter prefix (MA, MB, PJ, MC...) and digits: fix O/I slips in the digits. */
  private static String lettersThenDigits(String text) {
    int prefix = 0;
    while (prefix < text.length() && prefix < 2 && Character.isLetter(text.charAt(prefix))) {
      prefix++;
    }
    String digits = text.substring(prefix);
    if (digits.length() >= 5
        && digits.chars().filter(Character::isDigit).count() >= digits.length() - 2) {
      digits = digits.replace('O', '0').replace('I', '1');
    }
    return text.substring(0, prefix) + digits;
  }
}
