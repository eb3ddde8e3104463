package org.samakki.linkage;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birth date as far as it is known: a year, a year and month, or a full date, always in the
 * common era (a month or day of 0 means not known).
 */
public record PartialDate(int year, int month, int day) {

  /** Years above this are Buddhist-era years (B.E. = C.E. + 543). */
  static final int FIRST_BUDDHIST_ERA_YEAR = 2400;

  static final int BUDDHIST_ERA_OFFSET = 543;

  private static final Pattern FORM =
      Pattern.compile("(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?");

  public PartialDate {
    if (year < 1850 || year > 2150) {
      throw new IllegalArgumentException("Year out of range: " + year);
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("Month out of range: " + month);
    }
    if (day < 0 || day > 31 || (day > 0 && month == 0)) {
      throw new IllegalArgumentException("Day out of range: " + day);
    }
    if (day > 0 && day > YearMonth.of(year, month).lengthOfMonth()) {
      throw new IllegalArgumentException("No day " + day + " in " + YearMonth.of(year, month));
    }
  }

  /**
   * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} in either era; a month above 12 with
   * a day of 12 or less is read as day and month swapped.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static PartialDate parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("Empty date");
    }
    Matcher matcher = FORM.matcher(text.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "Not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + text.strip());
    }
    int year = Integer.parseInt(matcher.group(1));
    if (year > FIRST_BUDDHIST_ERA_YEAR) {
      year -= BUDDHIST_ERA_OFFSET;
    }
    int month = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
    int day = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
    if (month > 12 && day >= 1 && day <= 12) {
      int swapped = month;
      month = day;
      day = swapped;
    }
    return new PartialDate(year, month, day);
  }

  /** Whether year, month and day are all known. */
  public boolean isFull() {
    return day > 0;
  }

  /** The date as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  @Override
  public String toString() {
    if (month == 0) {
      return String.format("%04d", year);
    }
    return day == 0
        ? String.format("%04d-%02d", year, month)
        : String.format("%04d-%02d-%02d", year, month, day);
  }

  /** Year, month and day in one int (yyyymmdd), for compact storage. */
  int packed() {
    return year * 10000 + month * 100 + day;
  }
}
